using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A page that read a tenant's content before a change committed, and finished after the change dropped the tenant's
/// cached pages, is served to its visitor but not kept: the next visitor sees the change, not the page from before it.
/// </summary>
public sealed class PageRenderedAcrossAChangeTests(PageRenderedAcrossAChangeTests.HeldResponseHost host) : IClassFixture<PageRenderedAcrossAChangeTests.HeldResponseHost>
{
    [Fact]
    public async Task A_page_rendered_before_a_change_and_finished_after_it_is_not_kept_in_the_cache()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));

        // The render has read the settings (no banner yet) and is about to write its response when the banner is saved.
        var held = host.Gate.HoldNext();
        var slowVisit = host.Browser().GetPageAsync($"/{name}/?giu=1");
        await held.Reached;
        await TenantServices.RunAsync(host, name, async sp =>
        {
            await sp.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.BannerText, "Ngày hội đại đoàn kết toàn dân tộc");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        held.Release();

        Assert.DoesNotContain("NGÀY HỘI ĐẠI ĐOÀN KẾT", (await slowVisit).Html, StringComparison.Ordinal);
        Assert.Contains("NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC", (await host.Browser().GetPageAsync($"/{name}/")).Html, StringComparison.Ordinal);
    }

    /// <summary>Holds the next response carrying <c>?giu=1</c> as it starts, after the page read what it shows.</summary>
    public sealed class ResponseGate
    {
        private volatile HeldResponse? _next;

        public HeldResponse HoldNext() => _next = new HeldResponse();

        internal HeldResponse? Take(HttpContext http) => http.Request.Query.ContainsKey("giu") ? Interlocked.Exchange(ref _next, null) : null;
    }

    public sealed class HeldResponse
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public void Release() => _released.SetResult();

        internal Task WaitAsync()
        {
            _reached.SetResult();
            return _released.Task;
        }
    }

    public sealed class HeldResponseHost() : DemoHost(DatabaseProvider.Sqlite, services => services.AddSingleton<ResponseGate>().AddSingleton<IStartupFilter, HoldingFilter>())
    {
        public ResponseGate Gate => Services.GetRequiredService<ResponseGate>();
    }

    private sealed class HoldingFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var gate = app.ApplicationServices.GetRequiredService<ResponseGate>();
            app.Use((http, nextMiddleware) =>
            {
                if (gate.Take(http) is { } held)
                {
                    // Response-start callbacks run last-registered first: this one, registered before the output
                    // cache's, runs after the page is rendered and before the cache stores it.
                    http.Response.OnStarting(held.WaitAsync);
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
