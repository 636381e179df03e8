using System.Net;
using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Hosting.RequestLogging;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A demo host logging at Information, as production does, that sums routine requests up every half second.</summary>
public sealed class AggregatingLogHost : DemoHost
{
    public static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(1);

    public AggregatingLogHost() : base(DatabaseProvider.Sqlite)
    {
        MinimumLogLevel = "Information";
        Settings = new Dictionary<string, string>
        {
            ["Cms:RequestLog:Interval"] = "00:00:00.5",
            ["Cms:RequestLog:SlowRequest"] = SlowRequest.ToString(),
        };
    }
}

/// <summary>
/// Routine requests (successful, anonymous, in good time) are counted into one event per tenant, path, status and
/// interval, while an error or a slow request is still an event of its own with tenant, path, status and duration.
/// </summary>
public sealed class RequestLogAggregationTests(AggregatingLogHost host) : IClassFixture<AggregatingLogHost>
{
    [Fact]
    public async Task Routine_requests_appear_in_the_aggregate_with_their_count_and_not_one_by_one()
    {
        using var client = host.CreateClient();
        const int requests = 7;
        for (var i = 0; i < requests; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gia-hoa/")).StatusCode);
        }

        var summed = 0L;
        var alone = new List<JsonElement>();
        await Eventually.ThatAsync(() =>
        {
            var events = RequestEvents("/gia-hoa/");
            var counted = events.Where(e => e.TryGetProperty("Count", out _)).ToList();
            summed = counted.Sum(e => e.GetProperty("Count").GetInt64());
            alone = events.Where(e => !e.TryGetProperty("Count", out _)).ToList();
            Assert.All(counted, e =>
            {
                Assert.Equal("gia-hoa", e.GetProperty("Tenant").GetString());
                Assert.Equal(200, e.GetProperty("StatusCode").GetInt32());
                Assert.True(e.GetProperty("ElapsedMin").GetDouble() <= e.GetProperty("ElapsedMedian").GetDouble());
                Assert.True(e.GetProperty("ElapsedMedian").GetDouble() <= e.GetProperty("ElapsedMax").GetDouble());
            });
            return Task.FromResult(summed + alone.Count == requests);
        }, TimeSpan.FromSeconds(20), "the routine requests were not all in the log");

        Assert.True(summed > 0, "no routine request was summed up");
        // Only a request slower than the threshold (the first render on a very busy machine) may stand on its own.
        Assert.All(alone, e => Assert.Equal("Warning", e.GetProperty("@l").GetString()));
    }

    [Fact]
    public async Task An_error_and_a_slow_request_are_each_logged_on_their_own_with_tenant_path_status_and_duration()
    {
        using var client = host.Browser();
        var missing = "/gia-hoa/khong-co-trang-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(missing)).StatusCode);
        using var slow = await SlowSignInAsync(client, AggregatingLogHost.SlowRequest * 1.5);
        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);

        JsonElement error = default, slowEvent = default;
        await Eventually.ThatAsync(() =>
        {
            var errors = RequestEvents(missing);
            var slows = RequestEvents("/gia-hoa/admin/login").Where(e => e.GetProperty("RequestMethod").GetString() == "POST").ToList();
            (error, slowEvent) = (errors.SingleOrDefault(), slows.SingleOrDefault());
            return Task.FromResult(errors.Count == 1 && slows.Count == 1);
        }, TimeSpan.FromSeconds(20), "the error and the slow request were not each logged once");

        Assert.Equal(404, error.GetProperty("StatusCode").GetInt32());
        Assert.Equal("gia-hoa", error.GetProperty("Tenant").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("RequestId").GetString()));
        Assert.True(error.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.False(error.TryGetProperty("Count", out _));

        Assert.Equal(200, slowEvent.GetProperty("StatusCode").GetInt32());
        Assert.Equal("Warning", slowEvent.GetProperty("@l").GetString());
        Assert.Equal("POST", slowEvent.GetProperty("RequestMethod").GetString());
        Assert.Equal("gia-hoa", slowEvent.GetProperty("Tenant").GetString());
        Assert.True(slowEvent.GetProperty("Elapsed").GetDouble() >= AggregatingLogHost.SlowRequest.TotalMilliseconds);
        Assert.False(slowEvent.TryGetProperty("Count", out _));
    }

    [Fact]
    public void The_median_of_a_row_is_within_an_eighth_of_the_true_one()
    {
        var tally = new RoutineRequestTally(Options.Create(new RequestLogOptions()));
        var key = new RoutineRequestKey("gia-hoa", "GET", "/gia-hoa/", 200);
        foreach (var microseconds in Enumerable.Range(1, 999))
        {
            tally.Add(key, microseconds * System.Diagnostics.Stopwatch.Frequency / 1_000_000);
        }

        var row = Assert.Single(tally.Drain());
        Assert.Equal(999, row.Count);
        Assert.InRange(row.MedianMs, 0.5 * 7 / 8, 0.5 * 9 / 8);
        Assert.InRange(row.MinMs, 0.0009, 0.0011);
        Assert.InRange(row.MaxMs, 0.998, 1.0);
        // An interval with nothing counted writes nothing.
        Assert.Empty(tally.Drain());
    }

    [Fact]
    public void Once_the_table_is_full_new_paths_are_counted_under_their_tenants_star_row()
    {
        var tally = new RoutineRequestTally(Options.Create(new RequestLogOptions { MaxRowsPerInterval = 2 }));
        foreach (var path in new[] { "/a", "/b", "/c", "/d", "/a" })
        {
            tally.Add(new RoutineRequestKey("gia-hoa", "GET", path, 200), 1000);
        }

        var rows = tally.Drain().ToDictionary(r => r.Key.Path, r => r.Count);
        Assert.Equal(2, rows["/a"]);
        Assert.Equal(1, rows["/b"]);
        Assert.Equal(2, rows[RoutineRequestTally.OtherPaths]);
        Assert.Equal(3, rows.Count);
    }

    private List<JsonElement> RequestEvents(string path) =>
        LogFiles.ReadEvents(host.DataPath)
            .Where(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == path && e.TryGetProperty("StatusCode", out _))
            .ToList();

    /// <summary>A failed sign-in (200, the form again) whose body arrives only after <paramref name="pause"/>, as from a slow client.</summary>
    private static async Task<HttpResponseMessage> SlowSignInAsync(HttpClient client, TimeSpan pause)
    {
        var form = await client.GetStringAsync("/gia-hoa/admin/login");
        var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "khong-ton-tai",
            ["Password"] = "sai-mat-khau",
            ["__af"] = HttpExtensions.AntiforgeryToken(form),
        });
        return await client.PostAsync("/gia-hoa/admin/login", new PausedContent(body, pause));
    }

    private sealed class PausedContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly TimeSpan _pause;

        public PausedContent(HttpContent inner, TimeSpan pause)
        {
            (_inner, _pause) = (inner, pause);
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = await _inner.ReadAsByteArrayAsync();
            await stream.WriteAsync(bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            await Task.Delay(_pause);
            await stream.WriteAsync(bytes.AsMemory(1));
        }

        // Announced like a browser's form, so the server waits for the rest of the body rather than refusing it.
        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
