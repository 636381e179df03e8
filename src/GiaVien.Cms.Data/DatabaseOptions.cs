using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Data;

/// <summary>Bound from <c>Cms:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The provider of new tenants and of the host's tenant registry.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string (one database; every tenant gets a schema in it).</summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>Upper bound of pooled connections per tenant schema on PostgreSQL.</summary>
    public int PostgreSqlMaxPoolSizePerTenant { get; set; } = 20;
}
