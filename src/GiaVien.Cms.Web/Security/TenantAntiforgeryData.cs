using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Antiforgery;

namespace GiaVien.Cms.Web.Security;

/// <summary>Binds every antiforgery token to its tenant: a token issued by one tenant's form fails on another's.</summary>
public sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => context.Features.Get<ShellContext>()?.Name ?? "";

    public bool ValidateAdditionalData(HttpContext context, string additionalData) => additionalData == GetAdditionalData(context);
}
