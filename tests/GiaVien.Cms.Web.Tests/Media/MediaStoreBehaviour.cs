using System.Net;
using System.Net.Http.Headers;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Data;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>What editors and readers see of the media library, on each storage the product supports.</summary>
public abstract class MediaStoreBehaviour(DemoHost host)
{
    protected DemoHost Host { get; } = host;

    /// <summary>Asserts that <paramref name="path"/> of <paramref name="tenant"/> is where this storage keeps that tenant's files.</summary>
    protected abstract Task AssertStoredUnderTenantAsync(string tenant, string path);

    [Fact]
    public async Task An_uploaded_photo_is_served_at_each_fixed_profile_size_as_webp_or_jpeg()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"Khai mạc hội nghị {Guid.NewGuid():N}.jpg", TestFiles.Jpeg(1600, 1200));
        await AssertStoredUnderTenantAsync("gia-hoa", path);
        var reader = Host.Browser();

        foreach (var (profile, width, height) in new[] { ("thumbnail", 200, 200), ("card", 480, 320), ("article", 960, 720), ("og", 1200, 630) })
        {
            var (webp, webpType) = await GetImageAsync(reader, $"/gia-hoa/media/_p/{profile}/{path}", "image/avif,image/webp,*/*");
            Assert.Equal(("image/webp", SKEncodedImageFormat.Webp, width, height), (webpType, Format(webp), Size(webp).Width, Size(webp).Height));
            var (jpeg, jpegType) = await GetImageAsync(reader, $"/gia-hoa/media/_p/{profile}/{path}", "image/jpeg,*/*");
            Assert.Equal(("image/jpeg", SKEncodedImageFormat.Jpeg, width, height), (jpegType, Format(jpeg), Size(jpeg).Width, Size(jpeg).Height));
        }

        // The plain URL is the "full" profile: re-encoded, never upscaled, never the original bytes.
        var (full, _) = await GetImageAsync(reader, $"/gia-hoa/media/{path}", "image/webp");
        Assert.Equal((1600, 1200), Size(full));
        var cached = Path.Combine(Host.DataFolder.SiteFolder("gia-hoa"), "MediaCache", "card", path + ".webp");
        Assert.True(File.Exists(cached), "renditions are cached on disk after the first request");
    }

    [Fact]
    public async Task Served_images_carry_an_etag_and_long_cache_headers_and_answer_304()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"cache-{Guid.NewGuid():N}.png", TestFiles.Png(300, 200));
        var reader = Host.Browser();

        using var first = await reader.GetAsync($"/gia-hoa/media/_p/card/{path}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=31536000", first.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("Accept", first.Headers.Vary);
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag");

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/gia-hoa/media/_p/card/{path}");
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await reader.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Sizes_outside_the_fixed_profiles_are_never_produced()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"kich-thuoc-{Guid.NewGuid():N}.jpg", TestFiles.Jpeg(800, 600));
        var reader = Host.Browser();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/w5000/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/card/_p/card/{path}")).StatusCode);
        var (sized, _) = await GetImageAsync(reader, $"/gia-hoa/media/_p/card/{path}?width=5000&height=5000", "image/webp");
        Assert.Equal((480, 320), Size(sized));
        var profiles = Directory.GetDirectories(Path.Combine(Host.DataFolder.SiteFolder("gia-hoa"), "MediaCache")).Select(Path.GetFileName);
        Assert.All(profiles, p => Assert.Contains(p, GiaVien.Cms.Media.Images.ImageProfile.All.Select(known => known.Name)));
    }

    [Fact]
    public async Task Exif_orientation_is_applied_and_gps_metadata_is_stripped()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"chup-doc-{Guid.NewGuid():N}.jpg", TestFiles.JpegWithExif(400, 200));
        var listed = (await editor.ListAsync(q: path[..^4])).GetProperty("files")[0];
        Assert.Equal((200, 400), (listed.GetProperty("width").GetInt32(), listed.GetProperty("height").GetInt32()));

        foreach (var accept in new[] { "image/webp", "image/jpeg" })
        {
            var (served, _) = await GetImageAsync(Host.Browser(), $"/gia-hoa/media/_p/article/{path}", accept);
            using var bitmap = SKBitmap.Decode(served);
            Assert.Equal((200, 400), (bitmap.Width, bitmap.Height));
            Assert.True(bitmap.GetPixel(100, 60).Red > 200 && bitmap.GetPixel(100, 60).Blue < 60, "the top is red once turned upright");
            Assert.True(bitmap.GetPixel(100, 340).Blue > 200 && bitmap.GetPixel(100, 340).Red < 60, "the bottom is blue once turned upright");
            Assert.DoesNotContain(TestFiles.GpsMarker, System.Text.Encoding.Latin1.GetString(served));
            Assert.DoesNotContain("Exif", System.Text.Encoding.Latin1.GetString(served));
        }
    }

    [Fact]
    public async Task Uploading_the_same_name_again_keeps_both_files()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var name = $"trung-ten-{Guid.NewGuid():N}.jpg";
        var first = TestFiles.Jpeg(120, 80);
        Assert.Equal(name, await editor.UploadOkAsync(name, first));

        var (status, json) = await editor.UploadAsync(name, TestFiles.Jpeg(60, 40));
        Assert.Equal(HttpStatusCode.OK, status);
        var second = json.GetProperty("results")[0];
        Assert.Equal(name[..^4] + "-2.jpg", second.GetProperty("file").GetProperty("path").GetString());
        Assert.Contains("Đã có tệp cùng tên", second.GetProperty("message").GetString());
        Assert.Equal(first, await ReadStoredAsync("gia-hoa", name));
    }

    [Fact]
    public async Task Documents_are_served_as_uploaded_pdf_inline_and_office_files_as_downloads()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var pdf = await editor.UploadOkAsync($"Quyết định {Guid.NewGuid():N}.pdf", TestFiles.Pdf());
        var docx = await editor.UploadOkAsync($"Kế hoạch {Guid.NewGuid():N}.docx", TestFiles.Docx());
        var reader = Host.Browser();

        using var pdfResponse = await reader.GetAsync($"/gia-hoa/media/{pdf}");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        Assert.Null(pdfResponse.Content.Headers.ContentDisposition);
        Assert.Equal(TestFiles.Pdf(), await pdfResponse.Content.ReadAsByteArrayAsync());

        using var docxResponse = await reader.GetAsync($"/gia-hoa/media/{docx}");
        Assert.Equal("attachment", docxResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(TestFiles.Docx(), await docxResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/card/{pdf}")).StatusCode);
    }

    [Fact]
    public async Task Files_can_be_renamed_moved_into_folders_and_deleted_with_a_warning_when_used()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var unique = Guid.NewGuid().ToString("N")[..8];
        var path = await editor.UploadOkAsync($"anh-{unique}.jpg", TestFiles.Jpeg(300, 200));
        var reader = Host.Browser();

        using (var renamed = await editor.PostFormAsync($"/gia-hoa/admin/media/edit?handler=Rename&path={path}", new() { ["newName"] = $"Lễ trao giải {unique}" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        var newPath = $"le-trao-giai-{unique}.jpg";
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/card/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/gia-hoa/media/_p/card/{newPath}")).StatusCode);

        using (var folder = await editor.PostFormAsync("/gia-hoa/admin/media?handler=CreateFolder", new() { ["name"] = $"Hội nghị {unique}" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        }

        using (var moved = await editor.PostFormAsync($"/gia-hoa/admin/media/edit?handler=Move&path={newPath}", new() { ["folder"] = $"hoi-nghi-{unique}" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var movedPath = $"hoi-nghi-{unique}/{newPath}";
        await AssertStoredUnderTenantAsync("gia-hoa", movedPath);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/card/{newPath}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/gia-hoa/media/_p/card/{movedPath}")).StatusCode);
        Assert.Equal(1, (await editor.ListAsync($"hoi-nghi-{unique}")).GetProperty("total").GetInt32());

        await TenantServices.PublishArticleAsync(Host, "gia-hoa", $"Bài có ảnh {unique}",
            $"<figure><img src=\"/gia-hoa/media/_p/article/{movedPath}\" alt=\"Lễ trao giải\"><figcaption>Lễ trao giải</figcaption></figure>");
        using (var warned = await editor.PostFormAsync($"/gia-hoa/admin/media/edit?handler=Delete&path={movedPath}", []))
        {
            Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
            var html = await warned.Content.ReadAsStringAsync();
            Assert.Contains("đang được dùng trong 1 bài viết", html);
            Assert.Contains($"Bài có ảnh {unique}", html);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/gia-hoa/media/_p/card/{movedPath}")).StatusCode);
        using (var deleted = await editor.PostFormAsync($"/gia-hoa/admin/media/edit?handler=Delete&path={movedPath}", new() { ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/gia-hoa/media/_p/card/{movedPath}")).StatusCode);
        Assert.Null(await ReadStoredAsync("gia-hoa", movedPath));
    }

    [Fact]
    public async Task Alt_text_and_caption_are_saved_and_offered_to_the_picker()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"chu-thich-{Guid.NewGuid():N}.jpg", TestFiles.Jpeg(1200, 900));
        using (var saved = await editor.PostFormAsync($"/gia-hoa/admin/media/edit?handler=Save&path={path}",
            new() { ["altText"] = "Đại biểu dự hội nghị", ["caption"] = "Quang cảnh hội nghị tổng kết" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var file = (await editor.ListAsync(q: path[..^4])).GetProperty("files")[0];
        Assert.Equal("Đại biểu dự hội nghị", file.GetProperty("alt").GetString());
        Assert.Equal("Quang cảnh hội nghị tổng kết", file.GetProperty("caption").GetString());
        Assert.Equal($"/gia-hoa/media/_p/article/{path}", file.GetProperty("articleUrl").GetString());
        Assert.Equal((960, 720), (file.GetProperty("articleWidth").GetInt32(), file.GetProperty("articleHeight").GetInt32()));
    }

    [Fact]
    public async Task One_tenants_files_are_never_served_or_listed_under_another_tenant()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"rieng-gia-hoa-{Guid.NewGuid():N}.jpg", TestFiles.Jpeg(100, 100));
        var pdf = await editor.UploadOkAsync($"rieng-gia-hoa-{Guid.NewGuid():N}.pdf", TestFiles.Pdf());
        var reader = Host.Browser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/gia-hoa/media/{path}")).StatusCode);

        foreach (var probe in new[]
        {
            $"/media/{path}", $"/media/_p/card/{path}", $"/thi-tran-me/media/{path}", $"/mat-tran/media/_p/thumbnail/{path}",
            $"/media/{pdf}", $"/thi-tran-me/media/{pdf}",
            $"/thi-tran-me/media/../gia-hoa/media/{path}", $"/thi-tran-me/media/%2e%2e%2f%2e%2e%2fgia-hoa%2fmedia%2f{path}",
            $"/media/..%2Fgia-hoa%2Fmedia%2F{path}", $"/media/%2E%2E%2F..%2FSites%2Fgia-hoa%2FMedia%2F{path}",
            $"/media/gia-hoa/{path}", $"/media/..%5Cgia-hoa%5C{path}", $"/media//{path}", $"/media/%2F{path}",
        })
        {
            using var response = await reader.GetAsync(probe);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{probe} answered {response.StatusCode}");
        }

        var other = await MediaClient.SignInAsync(Host, "/thi-tran-me");
        Assert.DoesNotContain(path, (await other.ListAsync(q: "rieng-gia-hoa")).ToString());

        // Gia Hòa's sign-in is worth nothing on Thị trấn Me's upload endpoint.
        using var crossTenant = new HttpRequestMessage(HttpMethod.Post, "/thi-tran-me/admin/media/api/upload")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Jpeg(10, 10)), "files", "x.jpg" } },
        };
        using var refused = await editor.Http.SendAsync(crossTenant);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("x.jpg", (await other.ListAsync()).ToString());
    }

    [Fact]
    public async Task A_search_finds_names_with_every_word_typed_in_any_order_with_or_without_diacritics()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var unique = Guid.NewGuid().ToString("N")[..8];
        var path = await editor.UploadOkAsync($"Hội nghị tổng kết {unique}.jpg", TestFiles.Jpeg(40, 40));

        foreach (var query in new[] { $"hội nghị {unique}", $"{unique} TONG KET", $"tổng-kết {unique}" })
        {
            var files = (await editor.ListAsync(q: query)).GetProperty("files");
            Assert.True(files.GetArrayLength() == 1 && files[0].GetProperty("path").GetString() == path, $"{query}: {files}");
        }

        Assert.Equal(0, (await editor.ListAsync(q: $"hội nghị sơ kết {unique}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Another_tenants_user_cannot_list_this_tenants_library()
    {
        var editor = await MediaClient.SignInAsync(Host, "/gia-hoa");
        var path = await editor.UploadOkAsync($"chi-gia-hoa-{Guid.NewGuid():N}.jpg", TestFiles.Jpeg(50, 50));
        var list = $"/gia-hoa/admin/media/api/list?q={Uri.EscapeDataString(path[..^4])}";
        Assert.Contains(path, await editor.Http.GetStringAsync(list));

        // Thị trấn Me's administrator: the cookie of that sign-in is not even sent to Gia Hòa's addresses…
        var outsider = Host.Browser();
        using var signIn = await outsider.SignInAsync("/thi-tran-me", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using (var response = await outsider.GetAsync(list))
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(path, await response.Content.ReadAsStringAsync());
        }

        // …and copied by hand, under either tenant's cookie name, it is refused by Gia Hòa.
        const string name = ".gv.auth.thi-tran-me=";
        var value = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name, StringComparison.Ordinal)).Split(';')[0][name.Length..];
        foreach (var cookie in new[] { $".gv.auth.gia-hoa={value}", name + value })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, list);
            request.Headers.Add("Cookie", cookie);
            using var forged = await Host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
            Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
            Assert.DoesNotContain(path, await forged.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_upload_over_the_tenants_quota_is_refused_before_anything_is_written()
    {
        var tenant = TenantFactory.UniqueName("gia-lac");
        await TenantFactory.CreateAsync(Host, new TenantSpec(tenant, "Xã Gia Lạc", tenant, [], null));
        await TenantServices.RunAsync(Host, tenant, async services =>
        {
            await services.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.MediaQuotaBytes, "30000");
            return await services.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        var editor = await MediaClient.SignInAsync(Host, $"/{tenant}");
        var small = TestFiles.Jpeg(64, 64);
        await editor.UploadOkAsync("nho.jpg", small);

        var big = TestFiles.Jpeg(400, 400, quality: 100);
        Assert.True(small.Length + big.Length > 30000);
        var (status, json) = await editor.UploadAsync("lon.jpg", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Không đủ dung lượng", json.GetProperty("results")[0].GetProperty("message").GetString());
        Assert.Null(await ReadStoredAsync(tenant, "lon.jpg"));
        Assert.Equal(1, (await editor.ListAsync()).GetProperty("total").GetInt32());

        var page = await editor.Http.GetStringAsync($"/{tenant}/admin/media");
        Assert.Contains("trên hạn mức 29 KB", page);
    }

    [Fact]
    public async Task A_user_without_the_manage_media_permission_cannot_use_the_library()
    {
        var tenant = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(Host, new TenantSpec(tenant, "Xã Gia Tân", tenant, [], null));
        await TenantServices.RunAsync(Host, tenant, services => services.GetRequiredService<GiaVien.Cms.Users.UserService>()
            .CreateAsync("ctv", null, CmsHost.AdminPassword, [GiaVien.Cms.Users.Roles.Contributor]));
        var contributor = Host.Browser();
        using (var signIn = await contributor.SignInAsync($"/{tenant}", "ctv", CmsHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await contributor.GetAsync($"/{tenant}/admin")).StatusCode);
        var (status, editor) = await contributor.GetPageAsync($"/{tenant}/admin/content/edit?type=DistrictNews");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("/admin/media/api/", editor);
        Assert.DoesNotContain("data-media-choose", editor);
        Assert.NotEqual(HttpStatusCode.OK, (await contributor.GetAsync($"/{tenant}/admin/media")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await contributor.GetAsync($"/{tenant}/admin/media/api/list")).StatusCode);
        using var upload = await contributor.PostAsync($"/{tenant}/admin/media/api/upload",
            new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Jpeg(10, 10)), "files", "x.jpg" } });
        Assert.NotEqual(HttpStatusCode.OK, upload.StatusCode);
        Assert.Null(await ReadStoredAsync(tenant, "x.jpg"));
    }

    protected Task<byte[]?> ReadStoredAsync(string tenant, string path) => TenantServices.RunAsync(Host, tenant, async services =>
    {
        var store = services.GetRequiredService<MediaStores>().For(services.GetRequiredService<ShellScope>().Shell);
        await using var stream = await store.OpenReadAsync(path);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    });

    private static async Task<(byte[] Bytes, string? ContentType)> GetImageAsync(HttpClient client, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    private static SKEncodedImageFormat Format(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return codec.EncodedFormat;
    }

    private static (int Width, int Height) Size(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return (codec.Info.Width, codec.Info.Height);
    }
}

public abstract class MediaOnFileSystemBehaviour(DemoHost host) : MediaStoreBehaviour(host)
{
    protected override Task AssertStoredUnderTenantAsync(string tenant, string path)
    {
        Assert.True(File.Exists(Path.Combine(Host.DataFolder.SiteFolder(tenant), "Media", path)), $"{path} is in {tenant}'s data folder");
        return Task.CompletedTask;
    }
}

public sealed class MediaOnFileSystem(SqliteDemoHost host) : MediaOnFileSystemBehaviour(host), IClassFixture<SqliteDemoHost>;

/// <summary>The library's queries (paging, search, usage, quota sums) on PostgreSQL as well.</summary>
public sealed class MediaOnFileSystemWithPostgreSql(PostgreSqlDemoHost host) : MediaOnFileSystemBehaviour(host), IClassFixture<PostgreSqlDemoHost>;

public sealed class MediaOnS3(S3DemoHost host) : MediaStoreBehaviour(host), IClassFixture<S3DemoHost>
{
    protected override async Task AssertStoredUnderTenantAsync(string tenant, string path)
    {
        using var client = S3Server.Client();
        var listed = await client.ListObjectsAsync(S3Server.Bucket, host.KeyPrefix);
        Assert.Contains($"{host.KeyPrefix}{tenant}/{path}", listed.S3Objects.Select(o => o.Key));
        Assert.False(Directory.Exists(Path.Combine(Host.DataFolder.SiteFolder(tenant), "Media")), "nothing is written to the data folder");
    }
}
