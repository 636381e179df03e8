namespace GiaVien.Cms.Tenants;

/// <summary>
/// Work a module does for a running tenant in the background, whether or not anyone visits the tenant (scheduled
/// publishing, purging the trash…). It runs in a DI scope whose <see cref="ShellScope"/> is the tenant, when it is
/// due (<see cref="NextDueAsync"/>) or after the tenant's work changed.
/// </summary>
public interface ITenantBackgroundTask
{
    /// <summary>
    /// False (the default): the work changes shared data, so on several web nodes only the node holding the
    /// <see cref="IBackgroundWorkLock"/> runs it. True: the work keeps this node's own files current, so every node runs it.
    /// </summary>
    bool RunsOnEveryNode => false;

    Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);

    /// <summary>
    /// Asked right after <see cref="RunAsync"/>: when this task next has work for the tenant, or null when it has none
    /// until the tenant's work changes (<see cref="GiaVien.Cms.Data.Changes.ScheduledWorkChanges"/>). The default,
    /// <see cref="DateTimeOffset.MinValue"/>, means "on every background pass".
    /// </summary>
    Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        Task.FromResult<DateTimeOffset?>(DateTimeOffset.MinValue);
}
