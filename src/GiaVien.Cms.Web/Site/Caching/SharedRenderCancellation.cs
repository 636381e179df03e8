namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Renders a page again for a visitor who was waiting on another visitor's render of it that was cancelled. The output
/// cache lets one request render a missing page while the others asking for it wait for that render
/// (<see cref="TenantPageCachePolicy"/> allows locking, so a publish does not set off a render per visitor); in .NET 10
/// a waiter is handed the first request's outcome whatever it is, so when the first visitor closes the tab, its
/// cancelled render reaches everyone waiting as an exception, and they would get 500 while their own clients are still
/// there (dotnet/aspnetcore#52310, fixed after .NET 10).
/// <para>
/// <see cref="InvokeAsync"/> sits just outside the output cache and <see cref="MarkOwnRender"/> just inside it, so a
/// request that rendered nothing itself is known to have waited. Only such a request's cancellation, when it is not its
/// own and its response has not started, is taken again, once, and that second turn renders alone
/// (<see cref="RendersAlone"/>): the cache drops the failed render from its waiting list only after handing it to the
/// waiters, so a second turn that waited again could find the same cancelled render still there. A request's own render
/// is never run twice, whatever it throws.
/// </para>
/// </summary>
public sealed class SharedRenderCancellation(RequestDelegate next, ILogger<SharedRenderCancellation> logger)
{
    private static readonly object OwnRender = new();
    private static readonly object SecondTurn = new();

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (WaitedOnSomeoneElse(context))
        {
            logger.LogInformation("The render of {Path} this request waited on was cancelled by its own client; rendering it again", context.Request.Path);
            context.Items[SecondTurn] = SecondTurn;
            await next(context);
        }
    }

    /// <summary>Marks the request as one whose own pipeline ran inside the output cache (not a waiter on another's).</summary>
    public static Task MarkOwnRender(HttpContext context, RequestDelegate next)
    {
        context.Items[OwnRender] = OwnRender;
        return next(context);
    }

    /// <summary>Whether the request is the second turn of a waiter whose shared render was cancelled: it must not wait again.</summary>
    public static bool RendersAlone(HttpContext context) => context.Items.ContainsKey(SecondTurn);

    private static bool WaitedOnSomeoneElse(HttpContext context) =>
        !context.Items.ContainsKey(OwnRender) && !context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted;
}
