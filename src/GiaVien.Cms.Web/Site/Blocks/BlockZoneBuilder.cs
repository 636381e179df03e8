using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Questions.Queue;

namespace GiaVien.Cms.Web.Site.Blocks;

/// <summary>
/// Turns the tenant's zones into what the theme shows: each visible block gets its items, and a block with nothing to
/// show (a type switched off or removed, a category without news, links without an image) is left out.
/// </summary>
public sealed class BlockZoneBuilder(BlockArrangementStore store, PublishedQueries published, PageRenderer renderer, SharedNews shared,
    ContentDefinitionStore definitions, PublishedMediaFiles media, TodayScheduleBlock todaySchedule, Visits.MostReadList mostRead, TimeProvider clock)
{
    // The home page's news blocks draw from one query of the newest items, as the home page did before blocks.
    public const int Window = 60;

    /// <summary>Pinned items shown at most: the newest pin is "Tin nổi bật", the others open "Tin mới".</summary>
    public const int PinnedCount = 3;

    private IReadOnlyList<ContentSummary>? _window;
    private string? _currentItemId;

    /// <summary>The zone's blocks; on an item's page (<paramref name="currentItemId"/>) its lists leave that item out.</summary>
    public async Task<IReadOnlyList<BlockViewModel>> BuildAsync(string zone, HttpContext context, string? currentItemId = null)
    {
        _currentItemId = currentItemId;
        var site = await renderer.SiteAsync(context);
        var blocks = new List<BlockViewModel>();
        foreach (var block in (await store.GetAsync(context.RequestAborted)).Zone(zone).Where(b => !b.Hidden))
        {
            if (await BuildAsync(block, site, context) is { } built)
            {
                blocks.Add(built);
            }
        }

        return blocks;
    }

    private async Task<BlockViewModel?> BuildAsync(Block block, SiteViewModel site, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var title = block.Title ?? BlockKinds.Find(block.Kind)!.Name;
        switch (block.Kind)
        {
            case BlockKinds.TopNews:
                var front = await FrontAsync(site, cancellationToken);
                return new BlockViewModel(block.Kind, block.Id, title) { Featured = front.FirstOrDefault(), News = front.Skip(1).Take(block.Count).ToList() };
            case BlockKinds.Latest:
                var latest = Others(await published.LatestAsync(NewsPresenter.NewsType, 0, block.Count + 1, cancellationToken: cancellationToken), block.Count);
                return latest.Count == 0 ? null : new BlockViewModel(block.Kind, block.Id, title) { News = Summaries(latest, site), Url = $"{site.BasePath}/tin-tuc" };
            case BlockKinds.SharedNews:
                // Kept (empty) outside the district, where the theme shows nothing for it: the default home page's markup stays as it was.
                return new BlockViewModel(block.Kind, block.Id, title) { News = site.IsDistrict ? await shared.LatestAsync(context) : [] };
            case BlockKinds.Categories:
                return new BlockViewModel(block.Kind, block.Id, title) { Categories = await CategoryBlocksAsync(site, block.Count, cancellationToken) };
            case BlockKinds.Category:
                return await CategoryAsync(block, site, cancellationToken);
            case BlockKinds.LatestOfType:
                return await LatestOfTypeAsync(block, site, cancellationToken);
            case BlockKinds.AnsweredQuestions:
                // The published "HoiDap" items: only what the desk copied for the public, never the asker's contact;
                // the type is switched off with the feature, which leaves the block out.
                return await LatestOfTypeAsync(block with { ContentType = HoiDapType.TypeName, Title = title }, site, cancellationToken);
            case BlockKinds.TodaySchedule:
                return await todaySchedule.BuildAsync(block, title, site, cancellationToken);
            case BlockKinds.MostRead:
                var read = await mostRead.ListAsync(NewsPresenter.NewsType, block.Count, _currentItemId, cancellationToken);
                return read.Count == 0 ? null : new BlockViewModel(block.Kind, block.Id, title) { News = Summaries(read, site) };
            default:
                var links = await LinksAsync(block, site, cancellationToken);
                return links.Count == 0 ? null : new BlockViewModel(block.Kind, block.Id, title) { Links = links };
        }
    }

    private async Task<IReadOnlyList<ContentSummary>> WindowAsync(CancellationToken cancellationToken) =>
        _window ??= await published.LatestAsync(NewsPresenter.NewsType, 0, Window, cancellationToken: cancellationToken);

    /// <summary>The pinned items (most recently pinned first), then the newest of the rest.</summary>
    private async Task<List<NewsSummaryViewModel>> FrontAsync(SiteViewModel site, CancellationToken cancellationToken)
    {
        var news = await WindowAsync(cancellationToken);
        var pinned = await published.PinnedAsync(NewsPresenter.NewsType, clock.GetUtcNow().UtcDateTime, PinnedCount, cancellationToken);
        var pinnedIds = pinned.Select(p => p.ContentItemId).ToHashSet();
        return [.. Summaries(pinned, site), .. Summaries(news.Where(n => !pinnedIds.Contains(n.ContentItemId)).ToList(), site)];
    }

    private async Task<IReadOnlyList<CategoryBlockViewModel>> CategoryBlocksAsync(SiteViewModel site, int count, CancellationToken cancellationToken)
    {
        var news = await WindowAsync(cancellationToken);
        return (await renderer.CategoriesAsync(cancellationToken))
            .Select(c => new CategoryBlockViewModel(c.Title, PageRenderer.CategoryUrl(site.BasePath, c),
                Summaries(news.Where(n => n.TermIds.Contains(c.ContentItemId)).Take(count).ToList(), site)))
            .Where(b => b.News.Count > 0)
            .ToList();
    }

    private async Task<BlockViewModel?> CategoryAsync(Block block, SiteViewModel site, CancellationToken cancellationToken)
    {
        if ((await renderer.CategoriesAsync(cancellationToken)).FirstOrDefault(c => c.Slug == block.Category) is not { } category)
        {
            return null;
        }

        var news = Others(await published.LatestAsync(NewsPresenter.NewsType, 0, block.Count + 1, category.ContentItemId, cancellationToken), block.Count);
        return news.Count == 0 ? null : new BlockViewModel(block.Kind, block.Id, block.Title ?? category.Title)
        {
            News = Summaries(news, site),
            Url = PageRenderer.CategoryUrl(site.BasePath, category),
        };
    }

    /// <summary>Any routable type the tenant has and has not switched off (announcements, documents, procedures…).</summary>
    private async Task<BlockViewModel?> LatestOfTypeAsync(Block block, SiteViewModel site, CancellationToken cancellationToken)
    {
        if (block.ContentType is null || (await definitions.LoadAsync(cancellationToken)).FindType(block.ContentType) is not { RoutePrefix.Length: > 0 } type)
        {
            return null;
        }

        var items = Others(await published.LatestAsync(type.Name, 0, block.Count + 1, cancellationToken: cancellationToken), block.Count);
        return items.Count == 0 ? null : new BlockViewModel(block.Kind, block.Id, block.Title ?? type.DisplayName)
        {
            News = Summaries(items, site),
            Url = type.PublicList ? $"{site.BasePath}/{type.RoutePrefix}" : null,
        };
    }

    private async Task<List<BlockLinkViewModel>> LinksAsync(Block block, SiteViewModel site, CancellationToken cancellationToken)
    {
        var links = new List<BlockLinkViewModel>();
        foreach (var link in block.Links)
        {
            // A banner's image is the link's content, so its text alternative is where the link leads.
            var image = link.Image is { } path ? NewsImages.For(site.BasePath, await media.FindAsync(path, cancellationToken), link.Title, link.Title, NewsImages.Article) : null;
            if (block.Kind == BlockKinds.LinkBanners && image is null)
            {
                continue;
            }

            links.Add(new BlockLinkViewModel(link.Title, LinkAddress.Resolve(site.BasePath, link.Url), LinkAddress.IsExternal(link.Url), image));
        }

        return links;
    }

    // One more is read than shown, so leaving the current item out still fills the list.
    private List<ContentSummary> Others(IReadOnlyList<ContentSummary> items, int count) =>
        items.Where(i => i.ContentItemId != _currentItemId).Take(count).ToList();

    private static List<NewsSummaryViewModel> Summaries(IReadOnlyList<ContentSummary> items, SiteViewModel site) =>
        items.Select(i => NewsPresenter.Summary(i, site.BasePath)).ToList();
}
