namespace GiaVien.Cms.Tenants;

/// <summary>Bound from <c>Cms:Tenants</c>.</summary>
public sealed class TenantsOptions
{
    /// <summary>How often every running tenant's background tasks run.</summary>
    public TimeSpan BackgroundInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A shell that served no request for this long is released (it is rebuilt on the next request).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);
}
