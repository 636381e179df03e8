using System.Text.Encodings.Web;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// "Authorization: Bearer gv_…" for the write API. The token is looked up in the current tenant's database
/// only, so a token of one tenant means nothing on another.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var shell = Context.Features.Get<ShellContext>();
        if (shell is null)
        {
            return AuthenticateResult.NoResult();
        }

        var user = await Context.RequestServices.GetRequiredService<ApiTokenService>().AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("Invalid or revoked API token.")
            : AuthenticateResult.Success(new AuthenticationTicket(UserClaims.Principal(user, shell.Name, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = 401,
            Title = "Chưa xác thực",
            Detail = "Cần mã truy cập hợp lệ của trang này trong tiêu đề Authorization: Bearer <mã>.",
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json; charset=utf-8");
    }
}
