namespace GiaVien.Cms.Tenants;

/// <summary>
/// Decides which web node runs the shared background work (scheduled publishing, purges) of one pass, so that
/// it runs once across the installation. The holder keeps it until it disposes the handle; a node that dies
/// loses it, so another node takes over on its next pass.
/// </summary>
public interface IBackgroundWorkLock
{
    /// <summary>The held lock, or null when another node holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken);
}

/// <summary>One node, so nothing to coordinate: the lock is always free.</summary>
public sealed class SingleNodeWorkLock : IBackgroundWorkLock
{
    private sealed class Handle : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(new Handle());
}
