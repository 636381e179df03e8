using Serilog.Context;

namespace GiaVien.Cms.Web.Security;

/// <summary>Adds the signed-in user's name to every log event of the request, after authentication ran.</summary>
public sealed class UserLogContext(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var _ = LogContext.PushProperty("UserName", context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null);
        await next(context);
    }
}
