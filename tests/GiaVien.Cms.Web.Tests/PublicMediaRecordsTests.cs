using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The media records public pages show (an article's featured photo, its size, description and caption) come from the
/// tenant's read cache on uncached renders: a description saved or a file renamed in the library still shows on the
/// very next render, and only on the tenant whose library changed.
/// </summary>
public sealed class PublicMediaRecordsTests(UncachedSqliteHost host) : IClassFixture<UncachedSqliteHost>
{
    private async Task<(string Tenant, MediaClient Media)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-thanh");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Thanh", name, [], null));
        return (name, await MediaClient.SignInAsync(host, "/" + name));
    }

    /// <summary>Uploads the photo and publishes an article that features it; returns the article's address.</summary>
    private async Task<string> ArticleWithPhotoAsync(string tenant, MediaClient media, string photo, string title)
    {
        Assert.Equal(photo, await media.UploadOkAsync(photo, TestFiles.Jpeg(1200, 900)));
        return $"/{tenant}/" + await TenantServices.PublishArticleAsync(host, tenant, title, "<p>Nội dung bài viết.</p>", photo);
    }

    private static async Task SaveTextAsync(MediaClient media, string photo, string altText, string caption)
    {
        using var saved = await media.PostFormAsync($"{media.BasePath}/admin/media/edit?handler=Save&path={photo}", new() { ["altText"] = altText, ["caption"] = caption });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<string> PageAsync(string url)
    {
        var (status, html) = await host.Browser().GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    [Fact]
    public async Task A_description_saved_in_the_library_shows_on_the_next_uncached_render_of_the_article_of_that_tenant_only()
    {
        const string photo = "khanh-thanh-cau-dan-sinh.jpg";
        const string title = "Khánh thành cầu dân sinh thôn Tập Ninh";
        var (first, firstMedia) = await NewCommuneAsync();
        var (second, secondMedia) = await NewCommuneAsync();
        var firstArticle = await ArticleWithPhotoAsync(first, firstMedia, photo, title);
        var secondArticle = await ArticleWithPhotoAsync(second, secondMedia, photo, title);

        // Rendered twice before the change: the second render is the one the read cache answers.
        var image = $"src=\"/{first}/media/_p/article/{photo}\" alt=\"{title}\" width=\"960\" height=\"720\"";
        Assert.Contains(image, await PageAsync(firstArticle), StringComparison.Ordinal);
        Assert.Contains(image, await PageAsync(firstArticle), StringComparison.Ordinal);
        Assert.Contains($"alt=\"{title}\"", await PageAsync(secondArticle), StringComparison.Ordinal);

        await SaveTextAsync(firstMedia, photo, "Đại biểu cắt băng khánh thành cầu", "Cầu dân sinh thôn Tập Ninh dài 36 m");

        var changed = await PageAsync(firstArticle);
        Assert.Contains($"src=\"/{first}/media/_p/article/{photo}\" alt=\"Đại biểu cắt băng khánh thành cầu\"", changed, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Cầu dân sinh thôn Tập Ninh dài 36 m</figcaption>", changed, StringComparison.Ordinal);
        // The other commune's file of the same name keeps its own (empty) description.
        var other = await PageAsync(secondArticle);
        Assert.Contains($"src=\"/{second}/media/_p/article/{photo}\" alt=\"{title}\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Cầu dân sinh thôn Tập Ninh dài 36 m", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_renamed_in_the_library_is_no_longer_sized_from_its_old_record_on_the_next_uncached_render()
    {
        const string photo = "ngay-hoi-doan-ket.jpg";
        var (tenant, media) = await NewCommuneAsync();
        var article = await ArticleWithPhotoAsync(tenant, media, photo, "Ngày hội đại đoàn kết toàn dân tộc");
        await SaveTextAsync(media, photo, "Người dân thôn Đông tham gia ngày hội", "");
        Assert.Contains("alt=\"Người dân thôn Đông tham gia ngày hội\" width=\"960\" height=\"720\"", await PageAsync(article), StringComparison.Ordinal);
        Assert.Contains("alt=\"Người dân thôn Đông tham gia ngày hội\" width=\"960\" height=\"720\"", await PageAsync(article), StringComparison.Ordinal);

        using (var renamed = await media.PostFormAsync($"/{tenant}/admin/media/edit?handler=Rename&path={photo}", new() { ["newName"] = "Ngày hội thôn Đông" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        // The article still names the old path, which has no record now: the library's description and size are gone.
        Assert.DoesNotContain("Người dân thôn Đông tham gia ngày hội", await PageAsync(article), StringComparison.Ordinal);
    }
}
