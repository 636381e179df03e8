namespace GiaVien.Cms.Data;

/// <summary>
/// The one place that knows the layout of the data folder (<c>Cms:DataPath</c>, <c>App_Data</c> by default).
/// Every tenant-owned path is built from a tenant name, never from user input alone.
/// </summary>
public sealed class CmsDataFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string HostDatabaseFile => Path.Combine(Root, "host.db");

    public string LogsFolder => Path.Combine(Root, "logs");

    /// <summary>Data-protection keys (sign-in cookies, antiforgery tokens).</summary>
    public string KeysFolder => Path.Combine(Root, "keys");

    /// <summary>Archives of removed tenants, kept until purged.</summary>
    public string ArchivesFolder => Path.Combine(Root, "Archives");

    public string SiteFolder(string tenantName)
    {
        if (string.IsNullOrEmpty(tenantName) || tenantName.Contains('/') || tenantName.Contains('\\') || tenantName.Contains(".."))
        {
            throw new ArgumentException($"'{tenantName}' is not a tenant name.", nameof(tenantName));
        }

        return Path.Combine(Root, "Sites", tenantName);
    }

    public string TenantDatabaseFile(string tenantName) => Path.Combine(SiteFolder(tenantName), "cms.db");
}
