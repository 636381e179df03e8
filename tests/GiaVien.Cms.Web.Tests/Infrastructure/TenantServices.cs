using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Runs code in a DI scope that has entered a tenant, as a request to that tenant would.</summary>
public static class TenantServices
{
    public static async Task<T> RunAsync<T>(CmsHost host, string tenant, Func<IServiceProvider, Task<T>> action)
    {
        var record = host.Registry.Map.Tenants.Single(t => t.Name == tenant);
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(record);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        return await action(scope.ServiceProvider);
    }

    /// <summary>Publishes a news article with the given body HTML and featured image; returns its public path.</summary>
    public static Task<string> PublishArticleAsync(CmsHost host, string tenant, string title, string bodyHtml, string? featuredImagePath = null) =>
        RunAsync(host, tenant, async services =>
        {
            var part = new JsonObject
            {
                ["Lead"] = new JsonObject { ["Text"] = "Tóm tắt bài viết có ảnh minh họa." },
                ["Body"] = new JsonObject { ["Html"] = bodyHtml },
            };
            if (featuredImagePath is not null)
            {
                part["FeaturedImage"] = new JsonObject { ["Paths"] = new JsonArray(featuredImagePath) };
            }

            var item = new ContentItem
            {
                ContentItemId = ContentManager.NewId(),
                ContentType = "DistrictNews",
                Published = true,
                Content = new JsonObject { ["TitlePart"] = new JsonObject { ["Title"] = title }, ["DistrictNewsPart"] = part },
            };
            var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            var created = await services.GetRequiredService<ContentManager>()
                .CreateAsync(item, definitions, services.GetRequiredService<StoredContentReferences>(), CmsHost.AdminUserName);
            return created.RoutePath!;
        });
}
