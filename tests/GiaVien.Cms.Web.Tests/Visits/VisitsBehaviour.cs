using System.Net;
using GiaVien.Cms.Blocks;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Features;
using GiaVien.Cms.Visits;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>
/// "Lượt truy cập" and "Đọc nhiều" on each database: residents' page views are counted once each, cached pages
/// included, without a cookie; robots, scripts, signed-in editors and everything that is not a page are not; the
/// footer shows the counts and "Đọc nhiều" orders by them. Each test has its own commune with the feature switched on.
/// </summary>
public abstract class VisitsBehaviour(DemoHost host)
{
    private async Task<string> NewCommuneAsync(bool visits = true)
    {
        var name = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Tân", name, [], null));
        if (visits)
        {
            await EnableAsync(name);
        }

        return name;
    }

    private Task EnableAsync(string tenant) =>
        host.Services.GetRequiredService<TenantFeatures>().EnableAsync(tenant, VisitsFeature.Id, CmsHost.AdminUserName);

    private Task FlushAsync() => host.Services.GetRequiredService<VisitFlush>().RunAsync(CancellationToken.None);

    /// <summary>The views written to the tenant's table, summed over the days: the whole site under "", then each item.</summary>
    private Task<Dictionary<string, long>> WrittenAsync(string tenant) =>
        TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<CmsDbContext>().VisitCounts.AsNoTracking()
            .GroupBy(v => v.ContentItemId).Select(g => new { g.Key, Views = g.Sum(v => v.Count) })
            .ToDictionaryAsync(r => r.Key, r => r.Views));

    private async Task<(string Id, string Url)> PublishAsync(string tenant, string title)
    {
        var item = await NewsFactory.PublishAsync(host, tenant, title);
        return (item.ContentItemId, $"/{tenant}/{item.RoutePath}");
    }

    [Fact]
    public async Task Concurrent_views_of_a_cached_page_are_each_counted_once_and_flushes_add_up()
    {
        var tenant = await NewCommuneAsync();
        var (id, url) = await PublishAsync(tenant, "Gia Tân ra quân làm thủy lợi nội đồng");
        var reader = VisitorClients.Reader(host);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => reader.GetAsync(url)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await FlushAsync();
        var first = await WrittenAsync(tenant);
        Assert.Equal(40, first[VisitCount.Site]);
        Assert.Equal(40, first[id]);

        // Served from the output cache now, and the next flush adds to the rows instead of replacing them.
        await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => reader.GetAsync(url)));
        await reader.GetAsync($"/{tenant}/");
        await FlushAsync();
        var second = await WrittenAsync(tenant);
        Assert.Equal(48, second[VisitCount.Site]);
        Assert.Equal(47, second[id]);
    }

    [Fact]
    public async Task Robots_scripts_signed_in_editors_prefetches_and_what_is_not_a_page_are_not_counted()
    {
        var tenant = await NewCommuneAsync();
        var (_, url) = await PublishAsync(tenant, "Hội nghị sơ kết công tác sáu tháng đầu năm");
        foreach (var agent in VisitorClients.Robots)
        {
            using var robot = host.Browser();
            if (agent.Length > 0)
            {
                robot.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", agent);
            }

            Assert.Equal(HttpStatusCode.OK, (await robot.GetPageAsync(url)).Status);
        }

        var reader = VisitorClients.Reader(host);
        using (var prefetch = new HttpRequestMessage(HttpMethod.Get, url))
        {
            prefetch.Headers.Add("Sec-Purpose", "prefetch");
            (await reader.SendAsync(prefetch)).Dispose();
        }

        foreach (var path in new[] { "/rss.xml", "/sitemap.xml", "/robots.txt", "/khong-co-trang-nay", "/admin/login", "/api/news", "/theme/site.css" })
        {
            (await reader.GetAsync($"/{tenant}{path}")).Dispose();
        }

        var editor = await EditorClient.SignInAsync(host, "/" + tenant, CmsHost.AdminUserName, CmsHost.AdminPassword);
        editor.Http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", VisitorClients.BrowserAgent);
        Assert.Contains("Hội nghị sơ kết", (await editor.Http.GetPageAsync(url)).Html, StringComparison.Ordinal);
        await FlushAsync();
        Assert.Empty(await WrittenAsync(tenant));

        // The same page read by a resident's browser is a view.
        (await reader.GetAsync(url)).Dispose();
        await FlushAsync();
        Assert.Equal(1, (await WrittenAsync(tenant))[VisitCount.Site]);
    }

    [Fact]
    public async Task Counting_sets_no_cookie()
    {
        var tenant = await NewCommuneAsync();
        var (id, url) = await PublishAsync(tenant, "Trao quà cho gia đình chính sách");
        using var reader = new HttpClient(host.Server.CreateHandler()) { BaseAddress = host.Server.BaseAddress };
        reader.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", VisitorClients.BrowserAgent);

        foreach (var page in new[] { url, url, $"/{tenant}/" })
        {
            using var response = await reader.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{page} set a cookie");
        }

        await FlushAsync();
        var written = await WrittenAsync(tenant);
        Assert.Equal(3, written[VisitCount.Site]);
        Assert.Equal(2, written[id]);
    }

    [Fact]
    public async Task The_footer_shows_views_today_and_in_all_only_while_the_feature_is_on()
    {
        var tenant = await NewCommuneAsync(visits: false);
        var reader = VisitorClients.Reader(host);
        Assert.DoesNotContain("Lượt truy cập", (await reader.GetPageAsync($"/{tenant}/")).Html, StringComparison.Ordinal);

        await EnableAsync(tenant);
        await TenantServices.RunAsync(host, tenant, async services =>
        {
            // Counted on an earlier day (by this node or another): part of the total, not of today.
            var db = services.GetRequiredService<CmsDbContext>();
            db.VisitCounts.Add(new VisitCount { Day = VisitDay.Of(host.TimeProvider.GetUtcNow()).AddDays(-3), Count = 1_200 });
            await db.SaveChangesAsync();
        });
        for (var i = 0; i < 3; i++)
        {
            (await reader.GetAsync($"/{tenant}/")).Dispose();
        }

        await FlushAsync();
        // A page not rendered yet shows the figures as they are now (a cached one keeps those of its render).
        Assert.Contains("<p class=\"visits\">Lượt truy cập: hôm nay 3 · tổng 1.203</p>", (await reader.GetPageAsync($"/{tenant}/so-do-trang")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flush_leaves_the_cached_article_in_the_cache_with_the_totals_of_its_render()
    {
        var tenant = await NewCommuneAsync();
        var (id, url) = await PublishAsync(tenant, "Gia Tân tổ chức ngày hội đại đoàn kết toàn dân tộc");
        var reader = VisitorClients.Reader(host);
        const string AsRendered = "<p class=\"visits\">Lượt truy cập: hôm nay 0 · tổng 0</p>";
        Assert.Contains(AsRendered, (await reader.GetPageAsync(url)).Html, StringComparison.Ordinal);

        // Writing the counts must not drop the page: a cached page rendered again on every flush would cost
        // a render per page and flush. Its footer keeps the figures of its render until the cache entry expires.
        await FlushAsync();
        Assert.Contains(AsRendered, (await reader.GetPageAsync(url)).Html, StringComparison.Ordinal);
        await FlushAsync();
        Assert.Equal(2, (await WrittenAsync(tenant))[id]);
    }

    [Fact]
    public async Task A_flush_of_more_days_than_one_statement_holds_adds_every_day_s_views()
    {
        var tenant = await NewCommuneAsync();
        var tally = host.Services.GetRequiredService<VisitTally>();
        var today = VisitDay.Of(host.TimeProvider.GetUtcNow());
        // Three years of the site's views in one flush (given back by failed flushes, say): a row a day, more rows
        // than one statement of the flush carries.
        const int Days = 1_100;
        for (var ago = 0; ago < Days; ago++)
        {
            tally.Add(tenant, new PathViews(today.AddDays(-ago), VisitTally.OtherPaths, ago + 1));
        }

        await FlushAsync();
        tally.Add(tenant, new PathViews(today.AddDays(-(Days - 1)), VisitTally.OtherPaths, 5));
        await FlushAsync();

        var perDay = await TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<CmsDbContext>().VisitCounts.AsNoTracking()
            .Where(v => v.ContentItemId == VisitCount.Site).ToDictionaryAsync(v => v.Day, v => v.Count));
        Assert.Equal(Days, perDay.Count);
        Assert.All(Enumerable.Range(0, Days - 1), ago => Assert.Equal(ago + 1, perDay[today.AddDays(-ago)]));
        // The second flush added to the oldest day's row, in the last statement's range.
        Assert.Equal(Days + 5, perDay[today.AddDays(-(Days - 1))]);
    }

    [Fact]
    public async Task Counts_per_item_older_than_a_month_are_dropped_and_the_site_totals_kept()
    {
        var tenant = await NewCommuneAsync();
        var (id, url) = await PublishAsync(tenant, "Tổng kết phong trào thi đua yêu nước");
        var longAgo = VisitDay.Of(host.TimeProvider.GetUtcNow()).AddDays(-(VisitFlush.ItemDaysKept + 1));
        await TenantServices.RunAsync(host, tenant, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            db.VisitCounts.AddRange(new VisitCount { Day = longAgo, Count = 40 }, new VisitCount { Day = longAgo, ContentItemId = "bai-cu", Count = 9 });
            await db.SaveChangesAsync();
        });

        (await VisitorClients.Reader(host).GetAsync(url)).Dispose();
        await FlushAsync();
        var written = await WrittenAsync(tenant);
        Assert.Equal(41, written[VisitCount.Site]);
        Assert.Equal(1, written[id]);
        Assert.False(written.ContainsKey("bai-cu"));
    }

    [Fact]
    public async Task Most_read_lists_the_most_viewed_articles_first_then_the_newest()
    {
        var tenant = await NewCommuneAsync();
        var a = await PublishAsync(tenant, "Khai giảng lớp bồi dưỡng lý luận chính trị");
        var b = await PublishAsync(tenant, "Tiêm phòng vắc xin cho đàn gia súc vụ xuân");
        var c = await PublishAsync(tenant, "Ra mắt mô hình dân vận khéo");
        var d = await PublishAsync(tenant, "Kiểm tra an toàn thực phẩm dịp Tết");
        var editor = await EditorClient.SignInAsync(host, "/" + tenant, CmsHost.AdminUserName, CmsHost.AdminPassword);

        // Nothing read yet: the newest, as "Tin mới" would list them (the article itself left out).
        Assert.Equal([c.Url, b.Url, a.Url], MostRead((await editor.Http.GetPageAsync(d.Url)).Html));

        var reader = VisitorClients.Reader(host);
        foreach (var (url, views) in new[] { (b.Url, 3), (a.Url, 2) })
        {
            for (var i = 0; i < views; i++)
            {
                (await reader.GetAsync(url)).Dispose();
            }
        }

        await FlushAsync();
        // A signed-in editor gets the page rendered now (and is not counted): the read ones first, then the newest.
        Assert.Equal([b.Url, a.Url, c.Url], MostRead((await editor.Http.GetPageAsync(d.Url)).Html));
    }

    [Fact]
    public async Task Most_read_is_also_a_home_page_block()
    {
        var tenant = await NewCommuneAsync();
        var older = await PublishAsync(tenant, "Bàn giao nhà đại đoàn kết cho hộ nghèo");
        var newer = await PublishAsync(tenant, "Phát động tháng hành động vì an toàn thực phẩm");
        await TenantServices.RunAsync(host, tenant, async services =>
        {
            var store = services.GetRequiredService<BlockArrangementStore>();
            var zones = await store.GetAsync();
            await store.SaveAsync(zones.With(BlockZones.HomeZone, [.. zones.Home, new Block { Id = "doc-nhieu", Kind = BlockKinds.MostRead, Count = 5 }]), CmsHost.AdminUserName, "Đọc nhiều");
        });
        var reader = VisitorClients.Reader(host);
        (await reader.GetAsync(older.Url)).Dispose();
        await FlushAsync();

        // The home page was not cached since the arrangement was saved, so it shows the counts as they are.
        Assert.Equal([older.Url, newer.Url], MostRead((await reader.GetPageAsync($"/{tenant}/")).Html));
    }

    [Fact]
    public async Task Most_read_leaves_the_pages_while_the_counter_is_off_and_returns_with_it()
    {
        var tenant = await NewCommuneAsync();
        var read = await PublishAsync(tenant, "Nghiệm thu công trình nước sạch liên xã");
        var article = await PublishAsync(tenant, "Hội nghị tổng kết công tác dân số");
        var reader = VisitorClients.Reader(host);
        Assert.Equal([read.Url], MostRead((await reader.GetPageAsync(article.Url)).Html));

        // Without counts the block would list the newest under a title that says "most read": residents see none.
        var features = host.Services.GetRequiredService<TenantFeatures>();
        await features.DisableAsync(tenant, VisitsFeature.Id, CmsHost.AdminUserName);
        Assert.DoesNotContain("Đọc nhiều", (await reader.GetPageAsync(article.Url)).Html, StringComparison.Ordinal);

        // The administrator's arrangement is kept: switched on again, the block is back where it was.
        await EnableAsync(tenant);
        Assert.Equal([read.Url], MostRead((await reader.GetPageAsync(article.Url)).Html));
    }

    /// <summary>The article links of the "Đọc nhiều" block, in order.</summary>
    private static IReadOnlyList<string> MostRead(string html)
    {
        var start = html.IndexOf(">Đọc nhiều</h2>", StringComparison.Ordinal);
        Assert.True(start > 0, "No “Đọc nhiều” block on the page.");
        return HttpExtensions.ArticleLinks(html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)]);
    }
}

public sealed class VisitsOnSqlite(SqliteVisitsHost host) : VisitsBehaviour(host), IClassFixture<SqliteVisitsHost>;

public sealed class VisitsOnPostgreSql(PostgreSqlVisitsHost host) : VisitsBehaviour(host), IClassFixture<PostgreSqlVisitsHost>;
