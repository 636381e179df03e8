namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// One (host, prefix) pair a tenant answers on. An empty host means "any host"; an empty prefix means
/// "the whole host". The pair is the primary key, so two tenants can never claim the same address,
/// even when two administrators save at the same moment.
/// </summary>
public sealed class TenantBinding
{
    public required string Host { get; set; }
    public required string Prefix { get; set; }
    public required string TenantName { get; set; }
}
