using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Web.Site;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A list's news item is made once per summary record the read cache holds (<see cref="NewsSummaries"/>): rendered again
/// it is the same view model, a new version of the item (a new record after the public change) shows its new title and
/// date at once, and the same record under another base path links under that path. That each list shows a change on
/// the next uncached render through the real site is held by <see cref="PublicReadCacheBehaviour"/> and
/// <see cref="PageRenderedAcrossAChangeTests"/>.
/// </summary>
public sealed class NewsSummariesTests
{
    private static readonly ContentSummary Bridge = new("item-1", "DistrictNews", "Khánh thành cầu dân sinh", "tin-tuc/khanh-thanh-cau",
        new DateTime(2024, 2, 26, 1, 0, 0, DateTimeKind.Utc), new DateTime(2024, 2, 26, 1, 0, 0, DateTimeKind.Utc), null, "Cầu dài 36 m.",
        "2024/cau.jpg", null, [], false);

    [Fact]
    public void Rendered_again_the_same_record_is_not_made_again()
    {
        var first = NewsPresenter.Summary(Bridge, "/gia-hoa");

        Assert.Equal("/gia-hoa/tin-tuc/khanh-thanh-cau", first.Url);
        Assert.Equal("Thứ hai, 26/02/2024", first.DateLine);
        Assert.Same(first, NewsPresenter.Summary(Bridge, "/gia-hoa"));
    }

    [Fact]
    public void A_new_version_shows_its_own_title_and_date()
    {
        var before = NewsPresenter.Summary(Bridge, "/gia-hoa");
        var edited = NewsPresenter.Summary(Bridge with { Title = "Thông xe cầu dân sinh", DisplayDateUtc = new DateTime(2024, 9, 2, 2, 0, 0, DateTimeKind.Utc) }, "/gia-hoa");

        Assert.Equal("Khánh thành cầu dân sinh", before.Title);
        Assert.Equal("Thông xe cầu dân sinh", edited.Title);
        Assert.Equal("Thứ hai, 02/09/2024", edited.DateLine);
    }

    [Fact]
    public void The_same_record_under_another_base_path_links_under_that_path()
    {
        Assert.Equal("/gia-hoa/tin-tuc/khanh-thanh-cau", NewsPresenter.Summary(Bridge, "/gia-hoa").Url);
        Assert.Equal("/thi-tran-me/tin-tuc/khanh-thanh-cau", NewsPresenter.Summary(Bridge, "/thi-tran-me").Url);
        Assert.StartsWith("/thi-tran-me/media/", NewsPresenter.Summary(Bridge, "/thi-tran-me").Image!.Url);
        Assert.Equal("/gia-hoa/tin-tuc/khanh-thanh-cau", NewsPresenter.Summary(Bridge, "/gia-hoa").Url);
    }
}
