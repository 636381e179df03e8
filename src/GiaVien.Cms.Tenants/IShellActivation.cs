namespace GiaVien.Cms.Tenants;

/// <summary>
/// Work a module does once per process when a tenant's database is first opened, after its schema is brought up to
/// date and before the tenant serves anything (the features' data migrations the tenant is behind on, say).
/// </summary>
public interface IShellActivation
{
    /// <param name="shell">The tenant's shell, not yet handed to any request.</param>
    Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken);
}
