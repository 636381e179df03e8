using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Admin;

/// <summary>
/// The Content-Security-Policy nonce of the current response, for a module's admin page that loads a script of its own
/// (<c>@inject IScriptNonce ScriptNonce</c>, <c>nonce="@ScriptNonce.Of(ViewContext.HttpContext)"</c>). The host writes
/// the policy, so it provides the value; modules never reference the host.
/// </summary>
public interface IScriptNonce
{
    string Of(HttpContext context);
}
