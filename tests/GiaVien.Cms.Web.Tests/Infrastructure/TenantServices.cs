using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Runs code in a DI scope entered into one tenant, as a request or a background job would.</summary>
public static class TenantServices
{
    public static async Task<T> RunAsync<T>(CmsHost host, string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find(tenant)!);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        return await work(scope.ServiceProvider);
    }

    public static Task RunAsync(CmsHost host, string tenant, Func<IServiceProvider, Task> work) =>
        RunAsync(host, tenant, async sp =>
        {
            await work(sp);
            return true;
        });

    public const string UserPassword = "Mat-khau-nguoi-dung-1";

    /// <summary>Creates a user with one role on a tenant (with an e-mail address made by <paramref name="email"/> from the name) and returns its user name.</summary>
    public static async Task<string> CreateUserAsync(CmsHost host, string tenant, string role, Func<string, string>? email = null)
    {
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}";
        await RunAsync(host, tenant, sp => sp.GetRequiredService<UserService>().CreateAsync(userName, email?.Invoke(userName), UserPassword, [role]));
        return userName;
    }

    /// <summary>Publishes a news article with the given body HTML and featured image; returns its public path.</summary>
    public static Task<string> PublishArticleAsync(CmsHost host, string tenant, string title, string bodyHtml, string? featuredImagePath = null,
        string lead = "Tóm tắt bài viết có ảnh minh họa.") =>
        RunAsync(host, tenant, async services =>
        {
            var part = new JsonObject
            {
                ["Lead"] = new JsonObject { ["Text"] = lead },
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
