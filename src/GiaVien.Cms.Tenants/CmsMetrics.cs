using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The product's own measurements, each tagged with the tenant (meter <see cref="MeterName"/>, exported by the host for
/// Prometheus): page renders and output-cache lookups of the public site, searches, and background work. Requests
/// themselves are ASP.NET Core's <c>http.server.request.duration</c>, to which the host adds the tenant tag. Recording
/// costs an addition per event; nothing is computed per tenant when metrics are read.
/// </summary>
public sealed class CmsMetrics
{
    public const string MeterName = "GiaVien.Cms";
    public const string TenantTag = "tenant";

    // Seconds, from a cached page (sub-millisecond) to a slow uncached render or search.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly Histogram<double> _renders;
    private readonly Counter<long> _cacheLookups;
    private readonly Histogram<double> _searches;
    private readonly Histogram<double> _backgroundWork;

    public CmsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _renders = meter.CreateHistogram("giavien.page.render.duration", "s", "Time to render a public page that was not served from the output cache", advice: Seconds);
        _cacheLookups = meter.CreateCounter<long>("giavien.output_cache.lookups", "{lookup}", "Output-cache lookups of public pages, by result (hit or miss)");
        _searches = meter.CreateHistogram("giavien.search.duration", "s", "Time of one search (query, ranking, highlighting), by scope", advice: Seconds);
        _backgroundWork = meter.CreateHistogram("giavien.background.duration", "s", "Background work of one tenant in one pass (scheduled publishing, purges, statistics)", advice: Seconds);
    }

    public void CacheHit(string tenant) => _cacheLookups.Add(1, new(TenantTag, tenant), new("result", "hit"));

    /// <summary>A page rendered because the cache did not have it, <paramref name="startedTimestamp"/> being <see cref="Stopwatch.GetTimestamp"/> at the lookup.</summary>
    public void Rendered(string tenant, long startedTimestamp)
    {
        _cacheLookups.Add(1, new(TenantTag, tenant), new("result", "miss"));
        _renders.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new KeyValuePair<string, object?>(TenantTag, tenant));
    }

    public T Search<T>(string tenant, bool district, Func<T> search)
    {
        var started = Stopwatch.GetTimestamp();
        var result = search();
        _searches.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new(TenantTag, tenant), new("scope", district ? "district" : "tenant"));
        return result;
    }

    public void BackgroundWork(string tenant, TimeSpan elapsed) => _backgroundWork.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(TenantTag, tenant));
}
