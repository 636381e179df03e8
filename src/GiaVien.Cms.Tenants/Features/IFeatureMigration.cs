namespace GiaVien.Cms.Tenants.Features;

/// <summary>
/// One versioned change a feature makes to a tenant's data. It runs once per tenant, in order of version, inside the
/// transaction that enables the feature; the tenant remembers the last version applied.
/// </summary>
public interface IFeatureMigration
{
    int Version { get; }

    /// <param name="tenantServices">Services of a scope entered into the tenant; its <c>CmsDbContext</c> is in the transaction.</param>
    Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
