namespace GiaVien.Cms.Tenants;

/// <summary>
/// Work a module does for every running tenant on a schedule, whether or not anyone visits the tenant
/// (scheduled publishing, purging the trash…). It runs in a DI scope whose <see cref="ShellScope"/> is the tenant.
/// </summary>
public interface ITenantBackgroundTask
{
    /// <summary>
    /// False (the default): the work changes shared data, so on several web nodes only the node holding the
    /// <see cref="IBackgroundWorkLock"/> runs it. True: the work keeps this node's own files current (its search
    /// index), so every node runs it.
    /// </summary>
    bool RunsOnEveryNode => false;

    Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
