using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Every admin route and handler, discovered from the host's endpoints (not a list kept by hand), asked by every role:
/// the permission each declares and who actually gets through must be what the README's permission table says.
/// Forms are posted without their antiforgery token: a refused user is refused before it is checked (403), an allowed
/// one reaches the check (400), so nothing is changed by the walk.
/// </summary>
public sealed partial class PermissionWalkTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Tenant = "gia-hoa";

    /// <summary>The actors of the table's "roles" column; the district's administrator is asked on the district site.</summary>
    private static readonly string[] TenantRoles = ["Administrator", "Editor", "Author", "Contributor"];

    [Fact]
    public async Task Every_admin_route_and_handler_declares_a_permission_and_lets_in_exactly_the_roles_of_the_readme_table()
    {
        var routes = await AdminRoutesAsync();
        Assert.Contains(routes, r => r.Route == "/admin/tim-kiem" && r.Handler == "POST");

        var district = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var tenantUsers = new Dictionary<string, HttpClient>();
        foreach (var role in TenantRoles)
        {
            var user = await TenantServices.CreateUserAsync(host, Tenant, role);
            tenantUsers[role] = (await EditorClient.SignInAsync(host, $"/{Tenant}", user, TenantServices.UserPassword)).Http;
        }

        var anonymous = host.Browser();
        var walked = new List<string>();
        foreach (var route in routes)
        {
            var allowedAnonymously = await AllowsAsync(anonymous, "", route);
            var roles = new List<string>();
            foreach (var role in TenantRoles)
            {
                if (await AllowsAsync(tenantUsers[role], $"/{Tenant}", route))
                {
                    roles.Add(role);
                }
            }

            var districtAdministrator = await AllowsAsync(district.Http, "", route);
            var who = allowedAnonymously ? "everyone"
                : roles.Count == 0 && districtAdministrator ? "district Administrator"
                : string.Join(", ", roles) + (roles.Contains("Administrator") == districtAdministrator ? "" : " (not the district's)");
            walked.Add($"| `{route.Route}` | {route.Handler} | {route.Permission} | {(who.Length == 0 ? "nobody" : who)} |");
        }

        var table = ReadmeTable();
        Assert.True(table.SequenceEqual(walked), "The README's permission table differs from what the walk found:\n" + string.Join('\n', walked));
    }

    /// <summary>
    /// A role holding every per-type grant of static pages ("Trang") only: the content pages let it in, its own type's
    /// editor opens, and every handler of the editor, the history and the preview refuse it on a news item.
    /// </summary>
    [Fact]
    public async Task A_role_limited_to_one_type_is_refused_every_content_action_on_an_item_of_another_type()
    {
        var role = $"PageEditor{Guid.NewGuid():N}"[..20];
        var newsId = await TenantServices.RunAsync(host, Tenant, async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Roles.Add(new RoleRecord { Name = role, DisplayName = "Biên tập trang tĩnh", Permissions = [Roles.AccessAdmin, .. ContentPermissions.PerType.Select(p => ContentPermissions.ForType(p, "Page"))] });
            await db.SaveChangesAsync();
            return await db.ContentItems.Where(i => i.ContentType == "DistrictNews" && i.Published).Select(i => i.ContentItemId).FirstAsync();
        });
        var limited = await EditorClient.SignInAsync(host, $"/{Tenant}", await TenantServices.CreateUserAsync(host, Tenant, role), TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await limited.Http.GetAsync($"/{Tenant}/admin/content/edit?type=Page")).StatusCode);

        var refused = new List<string>();
        foreach (var route in (await AdminRoutesAsync()).Where(r => r.Route.StartsWith("/admin/content/", StringComparison.Ordinal) && r.Route.Contains("{id", StringComparison.Ordinal)))
        {
            var url = $"/{Tenant}" + RouteParameter().Replace(route.Route, newsId) + (route.HandlerName is null ? "" : $"?handler={route.HandlerName}");
            using var response = route.Method == "GET"
                ? await limited.Http.GetAsync(url)
                : await limited.Http.PostFormAsync($"/{Tenant}/admin/content/edit?type=Page", url, new Dictionary<string, string> { ["versionId"] = "khong-co" });
            var wasRefused = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/forbidden", StringComparison.Ordinal));
            Assert.True(wasRefused, $"{route.Handler} {route.Route} answered {(int)response.StatusCode} to a role limited to another type");
            refused.Add(route.Handler);
        }

        Assert.Contains("POST Publish", refused);
        Assert.Contains("POST Delete", refused);
    }

    [Fact]
    public async Task A_contributor_cannot_rebuild_the_search_index()
    {
        var contributor = await EditorClient.SignInAsync(host, $"/{Tenant}", await TenantServices.CreateUserAsync(host, Tenant, "Contributor"), TenantServices.UserPassword);
        using var response = await contributor.Http.PostFormAsync($"/{Tenant}/admin", $"/{Tenant}/admin/tim-kiem", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Revoking_another_users_token_is_not_found_in_vietnamese_and_the_token_keeps_working()
    {
        var owner = await EditorClient.SignInAsync(host, $"/{Tenant}", await TenantServices.CreateUserAsync(host, Tenant, "Editor"), TenantServices.UserPassword);
        using var created = await owner.Http.PostFormAsync($"/{Tenant}/admin/tokens", $"/{Tenant}/admin/tokens?handler=Create", new Dictionary<string, string> { ["Name"] = "Phần mềm của xã" });
        var page = await created.Content.ReadAsStringAsync();
        var token = TokenValue().Match(page).Value;
        var tokenId = TokenId().Match(page).Groups[1].Value;
        Assert.NotEmpty(tokenId);

        var other = await EditorClient.SignInAsync(host, $"/{Tenant}", await TenantServices.CreateUserAsync(host, Tenant, "Administrator"), TenantServices.UserPassword);
        using var revoke = await other.Http.PostFormAsync($"/{Tenant}/admin/tokens", $"/{Tenant}/admin/tokens?handler=Revoke&tokenId={tokenId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Contains("Không tìm thấy mã truy cập này.", await revoke.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{Tenant}/api/news/khong-co/submit");
        request.Headers.Authorization = new("Bearer", token);
        using var stillValid = await host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, stillValid.StatusCode);
    }

    private sealed record AdminRoute(string Route, string Method, string? HandlerName, string Permission)
    {
        public string Handler => HandlerName is null ? Method : $"{Method} {HandlerName}";

        public string Url(string basePath) =>
            basePath + RouteParameter().Replace(Route, m => m.Groups[2].Value == ":int" ? "999999" : "khong-co") + (HandlerName is null ? "" : $"?handler={HandlerName}");
    }

    private async Task<List<AdminRoute>> AdminRoutesAsync()
    {
        var loader = host.Services.GetRequiredService<PageLoader>();
        var routes = new List<AdminRoute>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (route != "/admin" && !route.StartsWith("/admin/", StringComparison.Ordinal))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                var handlers = page.HandlerMethods.Select(h => (h.HttpMethod.ToUpperInvariant(), h.Name, h.MethodInfo)).ToList();
                if (!handlers.Any(h => h.Item1 == "GET"))
                {
                    handlers.Add(("GET", null, null!)); // a page without OnGet still renders on GET
                }

                var modelType = page.ModelTypeInfo?.AsType() ?? page.PageTypeInfo.AsType();
                routes.AddRange(handlers.Select(h => new AdminRoute(route, h.Item1, h.Name,
                    AdminPermissionFilter.Declared(modelType, page.PageTypeInfo.AsType(), h.MethodInfo) is { } declared
                        ? declared.Page is null ? "UNDECLARED" : declared.ToString() + (route.StartsWith("/admin/tenants", StringComparison.Ordinal) ? " (district only)" : "")
                        : "anonymous")));
            }
            else
            {
                var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
                // An endpoint without method metadata (the metrics scrape) answers any method: it is walked as a GET.
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                routes.AddRange(methods.Select(method =>
                    new AdminRoute(route, method, null, policies.Count == 0 ? "UNDECLARED" : string.Join(" and ", policies))));
            }
        }

        return routes.DistinctBy(r => (r.Route, r.Handler)).OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Handler, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the client gets past the permission check: not refused (403 with the message), not the district-only 404, not sent to sign in.</summary>
    private static async Task<bool> AllowsAsync(HttpClient client, string basePath, AdminRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(basePath));
        if (route.Method != "GET")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // The refusal says so in Vietnamese; "/admin/forbidden" itself is a page whose status is 403 for everyone.
        if (response.StatusCode == HttpStatusCode.Forbidden && body.Contains("Bạn không có quyền", StringComparison.Ordinal))
        {
            return false;
        }

        // 401: an endpoint that also takes API tokens (the metrics scrape) challenges instead of redirecting.
        return response.StatusCode != HttpStatusCode.Unauthorized
            && !(response.StatusCode == HttpStatusCode.NotFound && body.Contains("Không tìm thấy trang", StringComparison.Ordinal))
            && !(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/login", StringComparison.Ordinal));
    }

    private static List<string> ReadmeTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFolder.Root, "README.md"), Encoding.UTF8);
        var start = Array.FindIndex(lines, l => l.StartsWith("| route | handler | permission | roles |", StringComparison.Ordinal));
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).ToList();
    }

    [GeneratedRegex("\\{(\\*\\*)?[A-Za-z]+(:int)?[^}]*\\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("gv_[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenValue();

    [GeneratedRegex("name=\"tokenId\" value=\"(\\d+)\"")]
    private static partial Regex TokenId();
}
