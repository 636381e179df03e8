using GiaVien.Cms.Admin;
using GiaVien.Cms.Web.Security.Csp;

namespace GiaVien.Cms.Web.Admin;

/// <summary>The modules' admin pages get the nonce of the policy the host writes for the response.</summary>
public sealed class HostScriptNonce : IScriptNonce
{
    public string Of(HttpContext context) => CspNonce.Of(context);
}
