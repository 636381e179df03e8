using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site.Feeds;

namespace GiaVien.Cms.Web.Site.Types;

/// <summary>
/// The public pages of any routable type defined as data: an item at its path (view <c>Content-{Type}</c>, else
/// <c>Content</c>), and for a type with <see cref="ContentTypeDefinition.PublicList"/> its list at the route prefix
/// (<c>ContentList-{Type}</c>, else <c>ContentList</c>; ten a page, <c>?trang=N</c>, <c>?Field=value</c> for each
/// filterable field and <c>?sap-xep=[-]Field</c> by a sortable one) and its RSS feed (<c>/{prefix}/rss.xml</c>). Tenants override these views like any other.
/// </summary>
public sealed class TypePages(ContentDefinitionStore definitionStore, ContentQueries queries, PublishedQueries published, PageRenderer renderer, ThemeRenderer theme, ThemeTemplateStore templates, ThemeAssets assets)
{
    public const int PageSize = 10;

    // A filtered or sorted list is filtered and sorted among the newest items only: enough for the sections this serves
    // (announcements, documents); a section that grows past it needs its filters and order from the search index.
    public const int FilteredWindow = 1000;

    public async Task<IResult?> ItemAsync(ContentItem item, HttpContext context)
    {
        var definitions = await definitionStore.LoadAsync(context.RequestAborted);
        if (definitions.FindType(item.ContentType) is not { RoutePrefix.Length: > 0 } type)
        {
            return null;
        }

        var site = await renderer.SiteAsync(context);
        var model = new ContentViewModel(site, type.Name, type.DisplayName, type.PublicList ? $"{site.BasePath}/{type.RoutePrefix}" : null,
            ContentDisplay.Item(item, type, definitions, site.BasePath, await LinkedItems.ForAsync(item, type, definitions, queries, site.BasePath, context.RequestAborted)));
        var metadata = renderer.Metadata(context, item.DisplayText) with
        {
            CanonicalUrl = $"{site.BaseUrl}/{item.RoutePath}",
            Alternates = await renderer.AlternatesAsync(item, site, context.RequestAborted),
            Scripts = definitions.FieldsOf(type).Select(f => f.Kind.DisplayScript).OfType<string>().Distinct().Select(s => assets.Url(site.BasePath, s)).ToList(),
        };
        return await renderer.PageAsync(await ViewAsync("Content", type), model, site, metadata);
    }

    /// <summary>The list or the feed of the type whose route prefix <paramref name="path"/> is; null when none is.</summary>
    public async Task<IResult?> ListOrFeedAsync(string path, HttpContext context)
    {
        var feed = path.EndsWith("/rss.xml", StringComparison.Ordinal);
        var prefix = feed ? path[..^"/rss.xml".Length] : path;
        var definitions = await definitionStore.LoadAsync(context.RequestAborted);
        if (definitions.Types.FirstOrDefault(t => t.PublicList && t.RoutePrefix == prefix) is not { } type)
        {
            return null;
        }

        var site = await renderer.SiteAsync(context);
        return feed ? await FeedAsync(type, definitions, site, context) : await ListAsync(type, definitions, site, context);
    }

    private async Task<IResult> ListAsync(ContentTypeDefinition type, ContentDefinitions definitions, SiteViewModel site, HttpContext context)
    {
        var filterable = definitions.FieldsOf(type).Where(f => f.Field.Filterable).ToList();
        var filters = filterable.Select(f => (f.Field, Value: context.Request.Query[f.Field.Name].ToString().Trim()))
            .Where(f => f.Value.Length > 0).ToDictionary(f => f.Field.Name, f => f.Value, StringComparer.Ordinal);
        var sort = ContentSort.Read(context.Request.Query[ContentSort.Parameter].ToString().Trim(), definitions, type);
        var page = NewsListPage.RequestedPage(context);
        IReadOnlyList<ContentItem> items;
        int total;
        if (filters.Count == 0 && sort is null)
        {
            total = await published.CountAsync(type.Name, cancellationToken: context.RequestAborted);
            items = await queries.PublishedAsync(type.Name, (page - 1) * PageSize, PageSize, context.RequestAborted);
        }
        else
        {
            var matching = (await queries.PublishedAsync(type.Name, 0, FilteredWindow, context.RequestAborted))
                .Where(i => ContentDisplay.Matches(i, type, definitions, filters)).ToList();
            if (sort is not null)
            {
                matching = sort.Apply(matching).ToList();
            }

            total = matching.Count;
            items = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        }

        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            return await renderer.NotFoundAsync(context);
        }

        var url = $"{site.BasePath}/{type.RoutePrefix}";
        var query = string.Concat(filters.Select(f => $"&{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"))
            + (sort is null ? "" : $"&{ContentSort.Parameter}={Uri.EscapeDataString(sort.Value)}");
        var model = new ContentListViewModel(site, type.Name, type.DisplayName, url, url + "/rss.xml",
            items.Select(i => ContentDisplay.Item(i, type, definitions, site.BasePath)).ToList(),
            filterable.Select(f => new ContentFilterViewModel(f.Field.Name, f.Field.DisplayName ?? f.Field.Name, filters.GetValueOrDefault(f.Field.Name) ?? "", f.Field.Options)).ToList(),
            filters.Count > 0, NewsListPage.Pager(url, page, pageCount, query))
        {
            Sorts = SortOptions(definitions, type, sort),
        };
        var metadata = renderer.Metadata(context, page > 1 ? $"{type.DisplayName} - Trang {page}" : type.DisplayName) with
        {
            CanonicalUrl = site.BaseUrl + $"/{type.RoutePrefix}" + (page > 1 ? $"?{NewsListPage.PageParameter}={page}" : ""),
            FeedUrl = url + "/rss.xml",
            FeedTitle = $"{type.DisplayName} - {site.SiteName}",
        };
        return await renderer.PageAsync(await ViewAsync("ContentList", type), model, site, metadata);
    }

    private static List<ContentSortViewModel> SortOptions(ContentDefinitions definitions, ContentTypeDefinition type, ContentSort? chosen) =>
        ContentSort.Sortable(definitions, type).SelectMany(f => new[] { (Value: f.Field.Name, Order: "tăng dần"), (Value: "-" + f.Field.Name, Order: "giảm dần") }
            .Select(o => new ContentSortViewModel(o.Value, $"{f.Field.DisplayName ?? f.Field.Name} ({o.Order})", o.Value == chosen?.Value))).ToList();

    private async Task<IResult> FeedAsync(ContentTypeDefinition type, ContentDefinitions definitions, SiteViewModel site, HttpContext context)
    {
        var items = await queries.PublishedAsync(type.Name, 0, RssFeed.ItemCount, context.RequestAborted);
        var feedItems = items.Select(i => new FeedItem(i.DisplayText, $"{site.BaseUrl}/{i.RoutePath}", DisplayDates.Of(i), i.ModifiedUtc, null, [])).ToList();
        return RssFeed.Render(context, $"{type.DisplayName} - {site.SiteName}", $"{site.BaseUrl}/{type.RoutePrefix}", $"{type.DisplayName} của {site.SiteName}", feedItems);
    }

    /// <summary>The type's own view when the tenant or the theme has one, else the generic view.</summary>
    private async Task<string> ViewAsync(string generic, ContentTypeDefinition type)
    {
        var own = $"{generic}-{type.Name}";
        return theme.HasView(own, await templates.OverridesAsync()) ? own : generic;
    }
}
