using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Publishes a news item in a tenant through ContentManager.CreateAsync (Published = true). When the admin
/// content editor lands, tests that need "an editor publishes" can switch to it; this is the one place to change.
/// </summary>
public static class NewsFactory
{
    public static Task<ContentItem> PublishAsync(CmsHost host, string tenant, string title, string? lead = null, string[]? categories = null) =>
        CreateAsync(host, tenant, title, lead, categories, published: true, owner: "kiem-thu");

    /// <summary>A news draft owned by <paramref name="owner"/>, never published.</summary>
    public static Task<ContentItem> DraftAsync(CmsHost host, string tenant, string title, string owner) =>
        CreateAsync(host, tenant, title, lead: null, categories: null, published: false, owner);

    private static async Task<ContentItem> CreateAsync(CmsHost host, string tenant, string title, string? lead, string[]? categories, bool published, string owner)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find(tenant)!);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        var definitions = await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().LoadAsync();
        var item = new ContentItem
        {
            ContentItemId = ContentManager.NewId(),
            ContentType = "DistrictNews",
            Published = published,
            Owner = owner,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["DistrictNewsPart"] = new JsonObject
                {
                    ["Lead"] = new JsonObject { ["Text"] = lead ?? title + "." },
                    ["Body"] = new JsonObject { ["Html"] = $"<p>{title}.</p>" },
                    ["Categories"] = new JsonObject
                    {
                        ["TaxonomyContentItemId"] = "chuyen-muc",
                        ["TermContentItemIds"] = new JsonArray((categories ?? []).Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
                    },
                },
            },
        };
        return await scope.ServiceProvider.GetRequiredService<ContentManager>()
            .CreateAsync(item, definitions, scope.ServiceProvider.GetRequiredService<StoredContentReferences>(), owner);
    }
}
