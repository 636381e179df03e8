using Microsoft.Extensions.Hosting;

namespace GiaVien.Cms.Media.Images;

/// <summary>
/// Deletes renditions reported stale, from the start of the process: renditions made by an earlier run are on disk
/// before this run serves its first image, so the listener cannot wait for the cache to be first used.
/// </summary>
public sealed class RenditionInvalidation(StaleRenditions staleRenditions, ProfileCache cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        staleRenditions.Changed += cache.Remove;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        staleRenditions.Changed -= cache.Remove;
        return Task.CompletedTask;
    }
}
