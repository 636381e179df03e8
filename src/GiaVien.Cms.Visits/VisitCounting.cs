using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Counts a view of the tenant's site (and of the item the page shows) once the response is known to be a page. It
/// sits in front of the output cache, so a page served from the cache counts like a rendered one. Nothing is read from
/// or written to the visitor: no cookie, no address, only the increment in <see cref="VisitTally"/>.
/// </summary>
public sealed class VisitCounting(RequestDelegate next, VisitTally tally, VisitedPages pages, VisitsSwitch visits, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The user agent is matched only where the tenant counts: most tenants leave the feature off.
        if (context.Features.Get<ShellContext>() is not { } shell || !VisitorFilter.MayBePage(context.Request)
            || !await visits.IsOnAsync(shell, context.RequestAborted) || !VisitorFilter.IsReader(context))
        {
            await next(context);
            return;
        }

        await next(context);
        if (!VisitorFilter.IsPage(context.Response))
        {
            return;
        }

        var day = VisitDay.Of(clock.GetUtcNow());
        tally.Add(new VisitKey(shell.Name, day, VisitCount.Site));
        if (pages.ItemOf(context, shell.Name) is { } item)
        {
            tally.Add(new VisitKey(shell.Name, day, item));
        }
    }
}
