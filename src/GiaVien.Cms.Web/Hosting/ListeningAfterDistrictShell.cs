using System.Diagnostics;
using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// After a restart, holds the server's start, and so the first <c>/health</c> answer, until the district's shell is
/// activated (<see cref="DistrictActivationAtStart"/>) and the district home's theme views are parsed, within a limit.
/// On a small node the main thread's start and that activation (EF Core's cold model and queries) share the cores until
/// the server listens; whatever is not done by then lies between <c>/health</c> and readiness (the district home's first
/// render). While it waits, the main thread's core parses the views instead (Fluid's parser and <c>Layout</c>,
/// <c>Home</c>: what <see cref="WarmUpAfterFirstHealth"/> would otherwise do after <c>/health</c>).
/// By default the limit is half the time the process took to get here, at most 2 s: liveness comes at most half as late
/// again as without the hold, on a fast node or a loaded one alike, and a slow activation (a database held by another
/// writer) never delays it by more than that. <see cref="LimitKey"/> sets a fixed limit instead (zero: no hold).
/// A hosted service because the web host starts its server only once every hosted service has started.
/// </summary>
public sealed class ListeningAfterDistrictShell(DistrictActivationAtStart activation, IServiceProvider services, IConfiguration configuration,
    ILogger<ListeningAfterDistrictShell> logger) : IHostedService
{
    public const string LimitKey = "Cms:Start:ListeningWaitsForDistrictAtMost";

    private static readonly TimeSpan LongestDefaultLimit = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var limit = configuration.GetValue<TimeSpan?>(LimitKey) ?? DefaultLimit();
        if (limit <= TimeSpan.Zero)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        // Resolved on that thread, not injected: the renderer's constructor builds Fluid's parser, part of the work moved.
        var views = Task.Run(() => services.GetRequiredService<ThemeRenderer>().Prepare(WarmUpAfterFirstHealth.DistrictHomeViews), cancellationToken);
        try
        {
            await Task.WhenAll(activation.WhenEnded, views).WaitAsync(limit, cancellationToken);
            logger.LogInformation("Listening once the district's shell was activated and its home's views parsed, {HeldMs:0} ms later", clock.Elapsed.TotalMilliseconds);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("Listening before the district's shell is activated or its home's views are parsed: the limit is {LimitMs:0} ms", limit.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the head start is lost: the home's first render parses the views itself.
            logger.LogWarning(e, "The district home's views could not be parsed before listening");
        }
    }

    private static TimeSpan DefaultLimit()
    {
        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        return sinceProcessStart / 2 < LongestDefaultLimit ? sinceProcessStart / 2 : LongestDefaultLimit;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
