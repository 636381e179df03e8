using System.Reflection;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Each module carries its own admin pages: the web host keeps only the admin shell and the generic content editor,
/// every other admin page is compiled into its module, no module references the host, and a module's page still
/// opens inside the host's admin layout (navigation, sign-out) as it did when it lived in the host.
/// </summary>
public sealed partial class AdminPagesPlacementTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private static readonly string[] ShellRoutes =
    [
        "/admin", "/admin/audit", "/admin/content", "/admin/content/edit/{id?}", "/admin/content/history/{id}",
        "/admin/content/preview/{id}", "/admin/forbidden", "/admin/login", "/admin/logout", "/admin/settings",
    ];

    private static Assembly WebHost => typeof(Program).Assembly;

    [Fact]
    public async Task The_web_host_holds_only_the_admin_shell_and_every_other_admin_page_lives_in_a_module_that_does_not_reference_it()
    {
        var pages = await AdminPagesAsync();

        Assert.Equal(ShellRoutes, pages.Where(p => p.Assembly == WebHost).Select(p => p.Route).Order(StringComparer.Ordinal));
        Assert.Equal("GiaVien.Cms.Tenants.Management", pages.Single(p => p.Route == "/admin/tenants").Assembly.GetName().Name);
        Assert.Equal("GiaVien.Cms.Users", pages.Single(p => p.Route == "/admin/roles").Assembly.GetName().Name);
        Assert.Equal("GiaVien.Cms.Themes.Admin", pages.Single(p => p.Route == "/admin/menu").Assembly.GetName().Name);
        foreach (var module in pages.Select(p => p.Assembly).Where(a => a != WebHost).Distinct())
        {
            Assert.DoesNotContain(module.GetReferencedAssemblies(), name => name.Name == WebHost.GetName().Name);
        }
    }

    [Fact]
    public async Task Every_admin_page_of_a_module_opens_inside_the_admin_layout()
    {
        var admin = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var opened = new List<string>();
        foreach (var page in (await AdminPagesAsync()).Where(p => p.Assembly != WebHost && !p.Route.Contains('{', StringComparison.Ordinal)))
        {
            // Read whatever the status (the set-password page without its link answers 400, in the layout too), except a
            // bare 404: a page that needs a query parameter (/admin/media/edit?path=…) answers it without a page.
            using var response = await admin.Http.GetAsync(page.Route);
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(html.Contains("<nav class=\"admin\" aria-label=\"Quản trị\">", StringComparison.Ordinal)
                && html.Contains("Đăng xuất", StringComparison.Ordinal), $"{page.Route} is not shown inside the admin layout");
            opened.Add(page.Route);
        }

        Assert.Contains("/admin/users", opened);
        Assert.Contains("/admin/media", opened);
        Assert.Contains("/admin/tim-kiem", opened);
        Assert.Contains("/admin/theme/templates", opened);
    }

    [Fact]
    public async Task The_admin_menu_of_the_layout_links_only_the_shells_pages_and_every_modules_link_comes_from_the_module()
    {
        var modulePages = (await AdminPagesAsync()).Where(p => p.Assembly != WebHost).Select(p => p.Route).ToHashSet(StringComparer.Ordinal);
        var layout = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.Root, "src", "GiaVien.Cms.Web", "Pages", "Shared", "_AdminLayout.cshtml"));
        var menu = LayoutMenu().Match(layout);
        Assert.True(menu.Success, "The admin layout has no <nav class=\"admin\"> menu");
        var hardCoded = LayoutLink().Matches(menu.Value).Select(m => m.Groups["path"].Value).Where(modulePages.Contains).ToList();
        Assert.True(hardCoded.Count == 0, $"The admin layout links module pages itself: {string.Join(", ", hardCoded)} (give the module an IAdminMenuEntry)");

        // The links still show, once each, for the district's administrator, who may open every page.
        var admin = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var shown = RenderedLink().Matches(LayoutMenu().Match(await admin.Http.GetStringAsync("/admin")).Value).Select(m => m.Groups["path"].Value).ToList();
        string[] moduleLinks =
        [
            "/admin/media", "/admin/van-ban", "/admin/tenants", "/admin/hoi-dap", "/admin/users", "/admin/roles", "/admin/types", "/admin/theme",
            "/admin/blocks", "/admin/features", "/admin/recipes", "/admin/tokens",
        ];
        Assert.All(moduleLinks, link => Assert.Single(shown, link));
        Assert.Equal(["/admin", "/admin/content", "/admin/audit", "/admin/settings"], shown.Take(4));
    }

    [GeneratedRegex("<nav class=\"admin\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex LayoutMenu();

    [GeneratedRegex("Url\\.Content\\(\"~(?<path>/admin[^\"]*)\"\\)")]
    private static partial Regex LayoutLink();

    [GeneratedRegex("<a href=\"(?<path>[^\"]*)\">")]
    private static partial Regex RenderedLink();

    private sealed record AdminPage(string Route, Assembly Assembly);

    /// <summary>Every admin page the host routes to, with the assembly its page model is compiled into.</summary>
    private async Task<List<AdminPage>> AdminPagesAsync()
    {
        var loader = host.Services.GetRequiredService<PageLoader>();
        var pages = new List<AdminPage>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if ((route == "/admin" || route.StartsWith("/admin/", StringComparison.Ordinal))
                && endpoint.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                pages.Add(new AdminPage(route, (page.ModelTypeInfo ?? page.PageTypeInfo).Assembly));
            }
        }

        return pages.DistinctBy(p => p.Route).ToList();
    }
}
