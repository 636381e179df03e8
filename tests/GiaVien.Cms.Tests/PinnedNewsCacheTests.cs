using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests;

/// <summary>
/// "Tin nổi bật" from the read cache: the pinned news is kept until the tenant's next public change, and a pin that
/// ends meanwhile still leaves the list at its end, with the next pinned item taking its place.
/// </summary>
public sealed class PinnedNewsCacheTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc);
    private readonly PublicChanges _changes = new();
    private readonly CmsDbContext _db = new(new DbContextOptionsBuilder<CmsDbContext>().UseSqlite("Data Source=:memory:").Options);
    private readonly PublishedQueries _published;

    public PinnedNewsCacheTests()
    {
        _db.Database.OpenConnection();
        _db.Database.EnsureCreated();
        var scope = new ShellScope();
        scope.Enter(new ShellContext(new TenantRecord { Name = "gia-phu", DisplayName = "Xã Gia Phú" }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp"));
        var cache = new PublicReadCache(scope, new PublicChangeCounter(_changes), Options.Create(new PublicReadCacheOptions()));
        _published = new PublishedQueries(new TenantDb(_db), new ContentSummaryFields([]), cache);
    }

    public void Dispose() => _db.Dispose();

    private void Pin(string title, DateTime pinnedUtc, DateTime? untilUtc)
    {
        var id = title.Replace(' ', '-');
        _db.ContentItems.Add(new ContentItemRecord
        {
            ContentItemId = id, ContentItemVersionId = id + "-v1", ContentType = "DistrictNews", DisplayText = title, Published = true, Latest = true,
            CreatedUtc = pinnedUtc, ModifiedUtc = pinnedUtc, PublishedUtc = pinnedUtc, PinnedUtc = pinnedUtc, PinnedUntilUtc = untilUtc, Data = "{}",
        });
        _db.SaveChanges();
    }

    private async Task<List<string>> PinnedAtAsync(DateTime nowUtc, int take = 2) =>
        (await _published.PinnedAsync("DistrictNews", nowUtc, take)).Select(s => s.Title).ToList();

    [Fact]
    public async Task A_pin_that_ends_leaves_the_list_at_its_end_without_a_public_change()
    {
        Pin("Hội nghị tổng kết", Now.AddDays(-3), untilUtc: null);
        Pin("Lễ hội Đền Thái Vi", Now.AddDays(-2), untilUtc: Now.AddHours(5));
        Pin("Tiêm chủng mở rộng", Now.AddDays(-1), untilUtc: Now.AddHours(2));

        Assert.Equal(["Tiêm chủng mở rộng", "Lễ hội Đền Thái Vi"], await PinnedAtAsync(Now));
        Assert.Equal(["Tiêm chủng mở rộng", "Lễ hội Đền Thái Vi"], await PinnedAtAsync(Now.AddHours(1)));
        Assert.Equal(["Lễ hội Đền Thái Vi", "Hội nghị tổng kết"], await PinnedAtAsync(Now.AddHours(3)));
        Assert.Equal(["Hội nghị tổng kết"], await PinnedAtAsync(Now.AddHours(6)));
    }

    [Fact]
    public async Task The_list_is_kept_until_the_tenant_s_next_public_change()
    {
        Pin("Hội nghị tổng kết", Now.AddDays(-3), untilUtc: null);
        Assert.Equal(["Hội nghị tổng kết"], await PinnedAtAsync(Now));

        // Written behind the cache's back: not seen until a public change is reported, as for every cached list.
        Pin("Lễ hội Đền Thái Vi", Now.AddDays(-1), untilUtc: null);
        Assert.Equal(["Hội nghị tổng kết"], await PinnedAtAsync(Now));
        _changes.Notify("gia-phu");
        Assert.Equal(["Lễ hội Đền Thái Vi", "Hội nghị tổng kết"], await PinnedAtAsync(Now));
    }

    [Fact]
    public async Task More_pins_ending_than_were_read_beyond_the_list_are_read_again()
    {
        // Many pins, each ending an hour after the one pinned before it: the newest pins end first.
        for (var i = 0; i < 40; i++)
        {
            Pin($"Tin ghim {i:00}", Now.AddMinutes(-100 + i), untilUtc: Now.AddHours(40 - i));
        }

        Assert.Equal(["Tin ghim 39", "Tin ghim 38"], await PinnedAtAsync(Now));
        Assert.Equal(["Tin ghim 34", "Tin ghim 33"], await PinnedAtAsync(Now.AddHours(5.5)));
        Assert.Equal(["Tin ghim 08", "Tin ghim 07"], await PinnedAtAsync(Now.AddHours(31.5)));
    }
}
