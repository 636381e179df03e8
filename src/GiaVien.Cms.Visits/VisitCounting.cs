using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Counts a view of the tenant's site (and, through its path, of the item the page shows) once the response is known
/// to be a page. It sits in front of the output cache, so a page served from the cache counts like a rendered one.
/// Nothing is read from or written to the visitor: no cookie, no address, only an entry in this thread's buffer of <see cref="VisitTally"/>.
/// </summary>
/// <remarks>
/// It runs on every public request, most of them answered from the output cache in a few tens of microseconds, so it
/// adds no async frame of its own when nothing is awaited: a request that is not counted goes straight on, and one
/// that is counted is counted as soon as the rest of the pipeline completes.
/// </remarks>
public sealed class VisitCounting(RequestDelegate next, VisitTally tally, VisitsSwitch visits, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The user agent is matched only where the tenant counts: most tenants leave the feature off.
        if (context.Features.Get<ShellContext>() is not { } shell || !VisitorFilter.MayBePage(context.Request))
        {
            return next(context);
        }

        var on = visits.IsOnAsync(shell, context.RequestAborted);
        if (!on.IsCompletedSuccessfully)
        {
            return AfterSwitchAsync(context, shell, on);
        }

        return on.Result && VisitorFilter.IsReader(context) ? CountAfter(context, shell) : next(context);
    }

    private async Task AfterSwitchAsync(HttpContext context, ShellContext shell, ValueTask<bool> on)
    {
        if (await on && VisitorFilter.IsReader(context))
        {
            await CountAfter(context, shell);
        }
        else
        {
            await next(context);
        }
    }

    private Task CountAfter(HttpContext context, ShellContext shell)
    {
        var rest = next(context);
        if (!rest.IsCompletedSuccessfully)
        {
            return CountWhenDoneAsync(rest, context, shell);
        }

        Count(context, shell);
        return Task.CompletedTask;
    }

    private async Task CountWhenDoneAsync(Task rest, HttpContext context, ShellContext shell)
    {
        await rest;
        Count(context, shell);
    }

    private void Count(HttpContext context, ShellContext shell)
    {
        if (VisitorFilter.IsPage(context.Response))
        {
            tally.Count(shell.Name, VisitDay.Of(clock.GetUtcNow()), VisitedPages.Path(context));
        }
    }
}
