namespace GiaVien.Cms.Tenants;

/// <summary>
/// Work a module does for every running tenant on a schedule, whether or not anyone visits the tenant
/// (scheduled publishing, purging the trash…). It runs in a DI scope whose <see cref="ShellScope"/> is the tenant.
/// </summary>
public interface ITenantBackgroundTask
{
    Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
