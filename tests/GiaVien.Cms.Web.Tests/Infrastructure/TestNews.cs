using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Publishes, unpublishes and deletes news in a tenant through the product's ContentManager, and asks the search API.</summary>
public static class TestNews
{
    public static async Task<string> PublishAsync(CmsHost host, string tenant, string title, string lead, string body, bool shareWithDistrict = true, string? id = null)
    {
        id ??= ContentManager.NewId();
        await InTenantAsync(host, tenant, async services =>
        {
            var item = new ContentItem
            {
                ContentItemId = id,
                ContentType = "DistrictNews",
                DisplayText = title,
                Published = true,
                Content = new JsonObject
                {
                    ["TitlePart"] = new JsonObject { ["Title"] = title },
                    ["DistrictNewsPart"] = new JsonObject
                    {
                        ["Lead"] = new JsonObject { ["Text"] = lead },
                        ["Body"] = new JsonObject { ["Html"] = $"<p>{body}</p>" },
                        ["ShareWithDistrict"] = new JsonObject { ["Value"] = shareWithDistrict },
                    },
                },
            };
            var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            await services.GetRequiredService<ContentManager>().CreateAsync(item, definitions, services.GetRequiredService<StoredContentReferences>(), CmsHost.AdminUserName);
        });
        return id;
    }

    public static Task UnpublishAsync(CmsHost host, string tenant, string id) =>
        InTenantAsync(host, tenant, services => services.GetRequiredService<ContentPublisher>().UnpublishAsync(id, CmsHost.AdminUserName));

    public static Task DeleteAsync(CmsHost host, string tenant, string id) =>
        InTenantAsync(host, tenant, services => services.GetRequiredService<ContentTrash>().DeleteAsync(id, CmsHost.AdminUserName));

    public static async Task InTenantAsync(CmsHost host, string tenant, Func<IServiceProvider, Task> action)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find(tenant)!);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        await action(scope.ServiceProvider);
    }

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Searches until <paramref name="done"/> holds (indexing is asynchronous), for at most 30 s (10 s was once too short
    /// for a PostgreSQL tenant's index to catch up while the whole suite loaded both cores). Running out of time throws,
    /// naming the search and its last answer: returning that answer made the caller's next assertion fail with a message
    /// about the results (a count, a title) that hid that indexing had not caught up.
    /// </summary>
    public static async Task<JsonElement> SearchUntilAsync(this HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var within = TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var result = await client.SearchAsync(url);
            if (done(result))
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Search {url} did not give the awaited results within {within.TotalSeconds:0} s; its last answer: {result.GetRawText()}");
            }

            await Task.Delay(50);
        }
    }

    public static int Total(this JsonElement result) => result.GetProperty("total").GetInt32();

    public static IReadOnlyList<JsonElement> Results(this JsonElement result) => result.GetProperty("results").EnumerateArray().ToList();
}
