using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Web.Site.Caching;
using GiaVien.Cms.Web.Site.Feeds;
using GiaVien.Cms.Web.Site.Types;

namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>
/// The public pages of the "Văn bản" feature: the library at <c>/van-ban</c> (newest by ngày ban hành; filters
/// loại, cơ quan, lĩnh vực, năm, tình trạng; views <c>ContentList-VanBan</c>), each document at
/// <c>/van-ban/{slug}</c> (<c>Content-VanBan</c>, with its files and related documents) and the RSS feed of new
/// documents. On a tenant without the feature these paths are ordinary content paths.
/// </summary>
public sealed class DocumentPages(
    ContentDefinitionStore definitions, ContentQueries queries, PublishedQueries published, PageRenderer renderer, MediaLibrary media, TimeProvider clock)
{
    public const string Prefix = "van-ban";

    public static void Map(RouteGroupBuilder site)
    {
        site.MapGet($"/{Prefix}", (HttpContext context, DocumentPages pages) => pages.ListAsync(context)).WithMetadata(VariesByPageNumber.AndQuery(DocumentFilters.Names));
        site.MapGet($"/{Prefix}/rss.xml", (HttpContext context, DocumentPages pages) => pages.FeedAsync(context));
        site.MapGet($"/{Prefix}/{{slug}}", (string slug, HttpContext context, DocumentPages pages) => pages.ItemAsync(slug, context));
    }

    private async Task<IResult> ListAsync(HttpContext context)
    {
        if (await TypeAsync(context) is not { } type)
        {
            return await OrdinaryPathAsync(Prefix, context);
        }

        var site = await renderer.SiteAsync(context);
        var set = await DocumentSet.LoadAsync(queries, published, clock.GetUtcNow().UtcDateTime, context.RequestAborted);
        var filters = DocumentFilters.Read(context.Request.Query, set);
        var matching = set.Entries.Where(filters.Matches).ToList();
        var page = NewsListPage.RequestedPage(context);
        var pageCount = Math.Max(1, (matching.Count + TypePages.PageSize - 1) / TypePages.PageSize);
        if (page > pageCount)
        {
            return await renderer.NotFoundAsync(context);
        }

        var rows = new List<DocumentRowViewModel>();
        foreach (var entry in matching.Skip((page - 1) * TypePages.PageSize).Take(TypePages.PageSize))
        {
            rows.Add(await RowAsync(entry, set, site.BasePath, context.RequestAborted));
        }

        var url = $"{site.BasePath}/{Prefix}";
        var model = new DocumentListViewModel(site, type.DisplayName, url, url + "/rss.xml", matching.Count, rows, filters.ViewModels(set),
            filters.Any, NewsListPage.Pager(url, page, pageCount, filters.Query));
        var metadata = renderer.Metadata(context, page > 1 ? $"{type.DisplayName} - Trang {page}" : type.DisplayName, $"Văn bản chỉ đạo, điều hành của {site.SiteName}") with
        {
            CanonicalUrl = $"{site.BaseUrl}/{Prefix}" + (page > 1 ? $"?{NewsListPage.PageParameter}={page}" : ""),
            FeedUrl = url + "/rss.xml",
            FeedTitle = $"{type.DisplayName} - {site.SiteName}",
        };
        return await renderer.PageAsync($"ContentList-{VanBanPart.TypeName}", model, site, metadata);
    }

    private async Task<IResult> ItemAsync(string slug, HttpContext context)
    {
        var path = $"{Prefix}/{slug.ToLowerInvariant()}";
        var match = await queries.FindByPathAsync(path, context.RequestAborted);
        if (await TypeAsync(context) is not { } type || match is null || match.RedirectTo is not null || match.Item.ContentType != VanBanPart.TypeName)
        {
            return await OrdinaryPathAsync(path, context);
        }

        var site = await renderer.SiteAsync(context);
        var set = await DocumentSet.LoadAsync(queries, published, clock.GetUtcNow().UtcDateTime, context.RequestAborted);
        // The document itself is read from its path even when it is older than the set's window.
        var entry = set.Find(match.Item.ContentItemId)
            ?? new DocumentEntry(match.Item, match.Item.As<VanBanPart>(), DocumentStatus.Of(match.Item.As<VanBanPart>(), DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(clock.GetUtcNow().UtcDateTime)), replaced: false));
        var part = entry.Part;
        var related = set.Related(entry)
            .Select(r => new DocumentRelationViewModel(r.Label, r.Documents.Select(d => new LinkViewModel(Heading(d), $"{site.BasePath}/{d.Item.RoutePath}")).ToList()))
            .Concat(await DocumentCitations.ForAsync(entry.Item.ContentItemId, await definitions.LoadAsync(context.RequestAborted), queries, site.BasePath, context.RequestAborted))
            .ToList();
        var model = new DocumentViewModel(site, $"{site.BasePath}/{Prefix}", type.DisplayName, await RowAsync(entry, set, site.BasePath, context.RequestAborted),
            part.Issuer, part.Signer, part.Field, Day(part.EffectiveOn)?.Text, Day(part.EffectiveOn)?.Iso, Day(part.ExpiresOn)?.Text, Day(part.ExpiresOn)?.Iso, related);
        var metadata = renderer.Metadata(context, entry.Item.DisplayText, part.Summary) with
        {
            CanonicalUrl = $"{site.BaseUrl}/{entry.Item.RoutePath}",
            IsoDate = Day(part.IssuedOn)?.Iso,
        };
        return await renderer.PageAsync($"Content-{VanBanPart.TypeName}", model, site, metadata);
    }

    private async Task<IResult> FeedAsync(HttpContext context)
    {
        if (await TypeAsync(context) is not { } type)
        {
            return await OrdinaryPathAsync($"{Prefix}/rss.xml", context);
        }

        var site = await renderer.SiteAsync(context);
        // New documents: by when they were published on the site, so one issued last month but posted today is news.
        var items = await queries.PublishedAsync(VanBanPart.TypeName, 0, RssFeed.ItemCount, context.RequestAborted);
        var feedItems = items.Select(i => new FeedItem($"{i.As<VanBanPart>().Number}: {i.DisplayText}", $"{site.BaseUrl}/{i.RoutePath}",
            i.PublishedUtc ?? i.CreatedUtc, i.ModifiedUtc, i.As<VanBanPart>().Summary, [])).ToList();
        return RssFeed.Render(context, $"{type.DisplayName} - {site.SiteName}", $"{site.BaseUrl}/{Prefix}", $"Văn bản mới của {site.SiteName}", feedItems);
    }

    private async Task<DocumentRowViewModel> RowAsync(DocumentEntry entry, DocumentSet set, string basePath, CancellationToken cancellationToken)
    {
        var issued = Day(entry.Part.IssuedOn);
        return new DocumentRowViewModel(entry.Item.DisplayText, $"{basePath}/{entry.Item.RoutePath}", entry.Part.Number, set.KindOf(entry.Part),
            issued?.Iso ?? "", issued?.Text ?? "", entry.Part.Summary, entry.Status, await DocumentFiles.ReadAsync(entry.Part.FilePaths, media, basePath, cancellationToken));
    }

    private static string Heading(DocumentEntry entry) => entry.Part.Number.Length > 0 ? $"{entry.Part.Number}: {entry.Item.DisplayText}" : entry.Item.DisplayText;

    /// <summary>A day as "Thứ tư, 20/12/2023" with its ISO form.</summary>
    private static (string Text, string Iso)? Day(DateOnly? day) =>
        day is { } d ? (VietnameseDates.DateLine(VietnameseDates.StartOfDayUtc(d)), d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;

    private async Task<ContentTypeDefinition?> TypeAsync(HttpContext context) =>
        (await definitions.LoadAsync(context.RequestAborted)).FindType(VanBanPart.TypeName) is { RoutePrefix: Prefix } type ? type : null;

    private Task<IResult> OrdinaryPathAsync(string path, HttpContext context) =>
        ContentPage.RenderAsync(path, context, queries, published, renderer, context.RequestServices.GetRequiredService<PublishedMediaFiles>(), context.RequestServices.GetRequiredService<TypePages>(),
            context.RequestServices.GetRequiredService<Blocks.BlockZoneBuilder>(), context.RequestServices.GetRequiredService<Tenants.ShellScope>());
}
