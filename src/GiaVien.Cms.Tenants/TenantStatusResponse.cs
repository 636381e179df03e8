using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Marks a 503 the tenant middleware answered on purpose (a tenant being set up, disabled or not set up yet):
/// the request log writes it at Information, since it is the expected answer, not a fault of the server.
/// </summary>
public sealed class TenantStatusResponse
{
    public static readonly TenantStatusResponse Instance = new();

    private TenantStatusResponse()
    {
    }

    public static bool IsExpected(HttpContext context) => context.Features.Get<TenantStatusResponse>() is not null;
}
