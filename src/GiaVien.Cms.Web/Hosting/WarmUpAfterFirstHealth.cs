using System.Diagnostics;
using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// After a restart, once the first <c>/health</c> has been answered and the request endpoints are built
/// (<see cref="EndpointsAtStart"/>), prepares on a thread of its own what the district home's first render would
/// otherwise do on the way to readiness, while the district's shell is still being activated: the routing matcher's
/// code (a matcher over the same endpoints, built by a routing-only pipeline beside the real one, whose own matcher is
/// then built warm) and the theme renderer (Fluid's parser) with the home's views parsed. In traces of a 1,000-tenant
/// restart the thread that built the endpoints sat idle from then until the render. Waiting for the first
/// <c>/health</c> answer keeps this off the work liveness waits for on a small node; a node nobody asks for
/// <c>/health</c> does none of it. A failure only loses the head start (the render does the work itself).
/// </summary>
public sealed class WarmUpAfterFirstHealth(EndpointsAtStart endpoints, IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<WarmUpAfterFirstHealth> logger)
{
    private static readonly string[] DistrictHomeViews = ["Layout", "Home"];

    private readonly TaskCompletionSource _healthAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The warm-up ran (or failed, or the node stopped first).</summary>
    public bool IsFinished => _finished.Task.IsCompleted;

    /// <summary>Whether the first <c>/health</c> answer was seen (read before registering a callback on each answer).</summary>
    public bool HealthAnswered => _healthAnswered.Task.IsCompleted;

    /// <summary>Called once the first <c>/health</c> answer has been sent.</summary>
    public void OnHealthAnswered() => _healthAnswered.TrySetResult();

    /// <summary>Starts waiting for the first <c>/health</c> answer and the endpoints; <paramref name="app"/> gives the routing pipeline's builder.</summary>
    public void RunOnceHealthAnswered(IApplicationBuilder app) => _ = Task.Run(() => RunAsync(app));

    private async Task RunAsync(IApplicationBuilder app)
    {
        try
        {
            await Task.WhenAll(_healthAnswered.Task, endpoints.WhenBuilt).WaitAsync(lifetime.ApplicationStopping);
            var clock = Stopwatch.StartNew();
            await RoutingMatcherAsync(app);
            var routing = clock.Elapsed.TotalMilliseconds;
            // Resolved here, not injected: its constructor builds Fluid's parser, which is part of what is moved.
            services.GetRequiredService<ThemeRenderer>().Prepare(DistrictHomeViews);
            logger.LogInformation("Warmed up after the first /health: routing matcher {RoutingMs:0} ms, theme views {ViewsMs:0} ms",
                routing, clock.Elapsed.TotalMilliseconds - routing);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Stopping: nothing to prepare for.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The warm-up after the first /health failed; the district home's first render does that work itself");
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    /// <summary>
    /// Routes one request to the district home through a pipeline holding only routing, over the application's own
    /// endpoints: its matcher is built as the real one will be (the endpoints enumerated, the DFA built), so the real
    /// pipeline's first routed request finds that code compiled. Nothing is executed but the match.
    /// </summary>
    private static async Task RoutingMatcherAsync(IApplicationBuilder app)
    {
        var routing = app.New().UseRouting().Build();
        await using var scope = app.ApplicationServices.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = "/";
        await routing(context);
    }
}
