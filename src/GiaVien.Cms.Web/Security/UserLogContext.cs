using Serilog.Context;

namespace GiaVien.Cms.Web.Security;

/// <summary>Adds the signed-in user's name to every log event of the request, after authentication ran.</summary>
public sealed class UserLogContext(RequestDelegate next)
{
    // Almost every public request is anonymous: it goes straight on, without a log property or an async frame.
    public Task InvokeAsync(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: var name } ? WithUserAsync(context, name) : next(context);

    private async Task WithUserAsync(HttpContext context, string? name)
    {
        using var _ = LogContext.PushProperty("UserName", name);
        await next(context);
    }
}
