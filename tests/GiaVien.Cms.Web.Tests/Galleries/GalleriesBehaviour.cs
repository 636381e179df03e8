using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Galleries;

/// <summary>
/// "Thư viện ảnh, video" as residents and editors meet it: the demo district's album (thumbnails of the media pipeline,
/// captions, every photo a link to its full image, the viewer's script), found by a caption and listed in the sitemap;
/// an album refusing a photo of another tenant's library; an MP4 accepted by the library and played by the video page
/// while a renamed file is refused; an album carried by a tenant archive.
/// </summary>
public abstract class GalleriesBehaviour(DemoHost host)
{
    private const string DemoAlbum = "/thu-vien-anh/gia-vien-nam-2024-qua-anh";

    /// <summary>The smallest file the library takes for an MP4: an <c>ftyp</c> box, then an empty <c>mdat</c>.</summary>
    private static readonly byte[] Mp4 =
    [
        0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8,
        0, 0, 0, 0x10, .. "mdat"u8, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private async Task<(string Tenant, EditorClient Admin)> NewTenantWithGalleriesAsync()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Thanh", name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var response = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "galleries" });
        Assert.Contains("Đã bật tính năng “Thư viện ảnh, video”.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return (name, admin);
    }

    private static Task<HttpResponseMessage> PublishAlbumAsync(EditorClient admin, string title, string photos) =>
        admin.PostEditorAsync(null, "Publish", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["f:AlbumAnhPart:Description"] = "Album thử nghiệm.",
            ["f:AlbumAnhPart:Photos"] = photos,
        }, type: "AlbumAnh");

    [Fact]
    public async Task The_demo_album_shows_thumbnails_with_captions_each_linked_to_its_full_image()
    {
        var resident = host.Browser();
        var (listStatus, list) = await resident.GetPageAsync("/thu-vien-anh");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains($"<a href=\"{DemoAlbum}\">Gia Viễn năm 2024 qua ảnh</a>", list, StringComparison.Ordinal);
        Assert.Contains("4 ảnh", list, StringComparison.Ordinal);

        var (status, album) = await resident.GetPageAsync(DemoAlbum);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, album.Split("<li id=\"anh-", StringSplitOptions.None).Length - 1);
        Assert.Contains("<a href=\"/media/_p/full/thu-vien-anh/dam-sen-nuoi-ca.jpg\"", album, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/media/_p/thumbnail/thu-vien-anh/dam-sen-nuoi-ca.jpg 200w, /media/_p/card/thu-vien-anh/dam-sen-nuoi-ca.jpg 480w\"", album, StringComparison.Ordinal);
        Assert.Contains("alt=\"Hai đội kéo co trên sân nhà văn hóa, người dân đứng cổ vũ xung quanh\"", album, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Tháng 11: trò chơi kéo co sôi nổi tại Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư.</figcaption>", album, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/theme/gallery\\.js\\?v=[0-9a-f]+\" defer nonce=\"[^\"]+\"></script>", album);

        // The thumbnail and the full image are renditions of the media pipeline, not the uploaded bytes.
        using var thumbnail = await resident.GetAsync("/media/_p/card/thu-vien-anh/dam-sen-nuoi-ca.jpg");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.StartsWith("image/", thumbnail.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        Assert.Contains($"{DemoAlbum}</loc>", await resident.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        // The district's home page has a "Thư viện ảnh" block (the blocks module's newest items of a type).
        var home = await resident.GetStringAsync("/");
        Assert.Contains(">Thư viện ảnh<", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{DemoAlbum}\"", home, StringComparison.Ordinal);
        // The pages that are not albums do not load the viewer.
        Assert.DoesNotContain("gallery.js", await resident.GetStringAsync("/thu-vien-anh"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_album_is_found_by_the_words_of_a_caption()
    {
        var found = await host.Browser().SearchUntilAsync("/api/search?q=k%C3%A9o%20co&type=AlbumAnh", r => r.Total() == 1);
        Assert.Equal(1, found.Total());
        Assert.Contains("Gia Viễn năm 2024 qua ảnh", found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_of_another_tenants_library_is_refused_in_an_album()
    {
        var (tenant, admin) = await NewTenantWithGalleriesAsync();
        var (other, _) = await NewTenantWithGalleriesAsync();
        var otherMedia = await MediaClient.SignInAsync(host, $"/{other}");
        var foreign = await otherMedia.UploadOkAsync("cho-que.jpg", TestFiles.Jpeg(600, 400));

        foreach (var path in new[] { foreign, $"/{other}/media/{foreign}" })
        {
            using var refused = await PublishAlbumAsync(admin, "Chợ quê ngày Tết", $"{path} | Các gian hàng bày bán hoa ngày Tết | Chợ hoa");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("không có trong thư viện tệp của trang này", html, StringComparison.Ordinal);
            Assert.Contains("Chợ quê ngày Tết", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync($"/{tenant}/thu-vien-anh/cho-que-ngay-tet")).Status);

        // The same photo uploaded to the tenant's own library is accepted.
        var own = await MediaClient.SignInAsync(host, $"/{tenant}");
        var path2 = await own.UploadOkAsync("cho-que.jpg", TestFiles.Jpeg(600, 400));
        using var accepted = await PublishAlbumAsync(admin, "Chợ quê ngày Tết", $"{path2} | Các gian hàng bày bán hoa ngày Tết | Chợ hoa");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (_, page) = await host.Browser().GetPageAsync($"/{tenant}/thu-vien-anh/cho-que-ngay-tet");
        Assert.Contains($"<a href=\"/{tenant}/media/_p/full/{path2}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_without_alt_text_is_refused_and_what_was_typed_is_kept()
    {
        var (tenant, admin) = await NewTenantWithGalleriesAsync();
        var path = await (await MediaClient.SignInAsync(host, $"/{tenant}")).UploadOkAsync("dinh-lang.jpg", TestFiles.Jpeg(600, 400));

        using var refused = await PublishAlbumAsync(admin, "Đình làng", $"{path} |  | Đình làng sau khi tu bổ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("ảnh thứ 1 chưa có mô tả ảnh (cho người khiếm thị)", html, StringComparison.Ordinal);
        Assert.Contains($"{path} |  | Đình làng sau khi tu bổ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_mp4_is_accepted_and_played_with_its_poster_while_a_renamed_file_is_refused()
    {
        var (tenant, admin) = await NewTenantWithGalleriesAsync();
        var media = await MediaClient.SignInAsync(host, $"/{tenant}");
        var video = await media.UploadOkAsync("le-hoi-dinh.mp4", Mp4);
        var poster = await media.UploadOkAsync("le-hoi-dinh.jpg", TestFiles.Jpeg(960, 540));

        var (status, json) = await media.UploadAsync("khong-phai-video.mp4", TestFiles.Jpeg(200, 200));
        var result = json.GetProperty("results")[0];
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal("Nội dung tệp “khong-phai-video.mp4” không phải MP4 như phần mở rộng “.mp4” cho biết. Tệp có thể bị đổi tên hoặc bị hỏng.",
            result.GetProperty("message").GetString());
        Assert.NotEqual(HttpStatusCode.OK, status);

        using var saved = await admin.PostEditorAsync(null, "Publish", new Dictionary<string, string>
        {
            ["Title"] = "Lễ hội đình làng",
            ["f:VideoPart:File"] = video,
            ["f:VideoPart:Poster"] = poster,
            ["f:VideoPart:ExternalUrl"] = "https://truyenhinh.example.vn/le-hoi-dinh",
        }, type: "Video");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, page) = await host.Browser().GetPageAsync($"/{tenant}/video/le-hoi-dinh-lang");
        Assert.Contains($"<video class=\"video-player\" controls preload=\"none\" poster=\"/{tenant}/media/_p/article/{poster}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<source src=\"/{tenant}/media/{video}\" type=\"video/mp4\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://truyenhinh.example.vn/le-hoi-dinh\" rel=\"noopener noreferrer\">Xem video trên trang gốc</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", page, StringComparison.Ordinal);
        using var served = await host.Browser().GetAsync($"/{tenant}/media/{video}");
        Assert.Equal("video/mp4", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Mp4, await served.Content.ReadAsByteArrayAsync());

        // A photo is no video.
        using var wrong = await admin.PostEditorAsync(null, "Publish", new Dictionary<string, string> { ["Title"] = "Không phải video", ["f:VideoPart:File"] = poster }, type: "Video");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("không phải là đường dẫn một video MP4 của thư viện tệp", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_archive_keeps_its_albums_and_their_photos()
    {
        var (tenant, admin) = await NewTenantWithGalleriesAsync();
        var media = await MediaClient.SignInAsync(host, $"/{tenant}");
        var first = await media.UploadOkAsync("cau-moi.jpg", TestFiles.Jpeg(600, 400));
        var second = await media.UploadOkAsync("truong-hoc.jpg", TestFiles.Jpeg(600, 400));
        using var saved = await PublishAlbumAsync(admin, "Công trình mới năm 2025",
            $"{second} | Dãy phòng học hai tầng mới xây | Trường tiểu học\n{first} | Cây cầu bê tông bắc qua kênh | Cầu mới");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find(tenant)!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("xa");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        var (status, page) = await host.Browser().GetPageAsync($"/{copy}/thu-vien-anh/cong-trinh-moi-nam-2025");
        Assert.Equal(HttpStatusCode.OK, status);
        // In the editor's order: the school first, then the bridge.
        Assert.True(page.IndexOf("Trường tiểu học", StringComparison.Ordinal) < page.IndexOf("Cầu mới", StringComparison.Ordinal));
        Assert.Contains($"<a href=\"/{copy}/media/_p/full/{first}\"", page, StringComparison.Ordinal);
        using var photo = await host.Browser().GetAsync($"/{copy}/media/_p/card/{first}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
    }
}

public sealed class SqliteGalleriesHost() : DemoHost(DatabaseProvider.Sqlite);

public sealed class SqliteGalleriesTests(SqliteGalleriesHost host) : GalleriesBehaviour(host), IClassFixture<SqliteGalleriesHost>;

public sealed class PostgreSqlGalleriesHost() : DemoHost(DatabaseProvider.PostgreSql);

public sealed class PostgreSqlGalleriesTests(PostgreSqlGalleriesHost host) : GalleriesBehaviour(host), IClassFixture<PostgreSqlGalleriesHost>;
