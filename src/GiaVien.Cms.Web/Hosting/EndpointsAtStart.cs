namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Builds the request endpoints (the admin's Razor pages above all: their descriptors, routes and filters) once the
/// server listens, on a thread of its own. Before listening the main thread and the tenant records' thread already
/// keep both cores of a small node busy, and <c>/health</c> waits for the main thread; after it the tenant records'
/// thread works alone until readiness, so this runs beside it instead of in front of <c>/health</c> or of the district
/// home's first render. <c>/health/ready</c> waits for it, so no visitor pays for it either.
/// </summary>
public sealed class EndpointsAtStart(EndpointDataSource endpoints, IHostApplicationLifetime lifetime, ILogger<EndpointsAtStart> logger)
{
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The endpoints were built, failed to build (the first routed request then tries again and fails visibly) or the
    /// node stopped first (its services may be gone: nothing to report).
    /// </summary>
    public bool IsBuilt => _built.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsBuilt"/> becomes true.</summary>
    public Task WhenBuilt => _built.Task;

    public void BuildOnceListening() => lifetime.ApplicationStarted.Register(() => _ = Task.Run(Build));

    private void Build()
    {
        try
        {
            logger.LogDebug("{Count} request endpoints built after the start", endpoints.Endpoints.Count);
        }
        catch (Exception e) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogError(e, "The request endpoints could not be built after the start");
        }
        finally
        {
            _built.TrySetResult();
        }
    }
}
