using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

public sealed class ContentEditingTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private Task<EditorClient> AdminAsync(string basePath = "/thi-tran-me") =>
        EditorClient.SignInAsync(host, basePath, CmsHost.AdminUserName, CmsHost.AdminPassword);

    [Fact]
    public async Task A_draft_is_not_public_until_it_is_published()
    {
        var admin = await AdminAsync();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News("Hội nghị tổng kết công tác năm 2024 của thị trấn Me")));

        var (_, before) = await host.Browser().GetPageAsync("/thi-tran-me/");
        Assert.DoesNotContain("Hội nghị tổng kết công tác năm 2024 của thị trấn Me", before);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync("/thi-tran-me/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2024-cua-thi-tran-me")).Status);

        using var publish = await admin.PostEditorAsync(id, "Publish", EditorClient.News("Hội nghị tổng kết công tác năm 2024 của thị trấn Me"));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var (_, after) = await host.Browser().GetPageAsync("/thi-tran-me/");
        Assert.Contains("Hội nghị tổng kết công tác năm 2024 của thị trấn Me", after);
        var (status, article) = await host.Browser().GetPageAsync("/thi-tran-me/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2024-cua-thi-tran-me");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Cẩm Vân, Trung tâm VHTT&amp;TT", article);
    }

    public static TheoryData<string, string> Payloads => new()
    {
        { "<p>Chào</p><script>alert('x')</script>", "<script" },
        { "<img src=\"/a.jpg\" alt=\"ảnh\" onerror=\"alert(1)\">", "onerror" },
        { "<a href=\"javascript:alert(1)\">bấm</a>", "javascript:" },
        { "<iframe src=\"https://evil.example/\"></iframe>", "<iframe" },
        { "<p style=\"display:none\">ẩn</p>", "display:none" },
        { "<svg><script>alert(1)</script></svg>", "<svg" },
        { "<p onclick=\"steal()\">Bấm vào đây</p>", "onclick" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Script_payloads_in_the_body_never_reach_readers(string payload, string forbidden)
    {
        var admin = await AdminAsync();
        var title = "Bài thử an toàn " + Guid.NewGuid().ToString("N")[..8];
        var body = "<figure><img src=\"/media/anh.jpg\" alt=\"Quang cảnh hội nghị\"><figcaption>Quang cảnh hội nghị</figcaption></figure>" + payload;
        EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News(title, body: body)));

        var (status, article) = await host.Browser().GetPageAsync("/thi-tran-me/tin-tuc/" + GiaVien.Cms.Content.Text.VietnameseText.Slugify(title));
        Assert.Equal(HttpStatusCode.OK, status);
        var bodyHtml = article[article.IndexOf("<div class=\"article-body\">", StringComparison.Ordinal)..];
        Assert.DoesNotContain(forbidden, bodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<figcaption>Quang cảnh hội nghị</figcaption>", bodyHtml);
    }

    [Fact]
    public async Task A_missing_required_field_is_reported_in_vietnamese_and_keeps_what_was_typed()
    {
        var admin = await AdminAsync();
        var fields = EditorClient.News("Tiêu đề vẫn còn nguyên sau lỗi", lead: "");

        using var response = await admin.PostEditorAsync(null, "Save", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Trường \"Tóm tắt\" là bắt buộc.", html.Replace("&quot;", "\"", StringComparison.Ordinal));
        Assert.Contains("value=\"Tiêu đề vẫn còn nguyên sau lỗi\"", html);
        Assert.Contains("Cẩm Vân, Trung tâm VHTT&amp;TT", html);
    }

    [Fact]
    public async Task A_title_of_a_megabyte_is_refused_with_a_message()
    {
        var admin = await AdminAsync();
        using var response = await admin.PostEditorAsync(null, "Save", EditorClient.News(new string('a', 1_000_000)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tiêu đề dài tối đa 500 ký tự.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_editor_saving_over_a_newer_version_is_told_and_loses_nothing()
    {
        var admin = await AdminAsync();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News("Bản gốc về lễ hội chùa Bái Đính")));

        using var first = await admin.PostEditorAsync(id, "Save", EditorClient.News("Bản sửa thứ nhất"), number: 1);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await admin.PostEditorAsync(id, "Save", EditorClient.News("Bản sửa thứ hai của người khác"), number: 1);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("phiên bản mới hơn (phiên bản 2)", html);
        Assert.Contains("value=\"Bản sửa thứ hai của người khác\"", html);
    }

    [Fact]
    public async Task Changing_the_slug_of_a_published_article_redirects_the_old_address()
    {
        var admin = await AdminAsync();
        var fields = EditorClient.News("Khánh thành cầu Gia Thịnh");
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", fields));
        fields["Slug"] = "cau-gia-thinh-chinh-thuc-thong-xe";
        await admin.PostEditorAsync(id, "Publish", fields);

        using var old = await host.Browser().GetAsync("/thi-tran-me/tin-tuc/khanh-thanh-cau-gia-thinh");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/thi-tran-me/tin-tuc/cau-gia-thinh-chinh-thuc-thong-xe", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetPageAsync("/thi-tran-me/tin-tuc/cau-gia-thinh-chinh-thuc-thong-xe")).Status);
    }

    [Fact]
    public async Task Unpublish_delete_and_restore_from_the_trash()
    {
        var admin = await AdminAsync();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News("Tin về mùa lúa chiêm xuân")));
        const string url = "/thi-tran-me/tin-tuc/tin-ve-mua-lua-chiem-xuan";
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetPageAsync(url)).Status);

        await admin.ActAsync(id, "Unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync(url)).Status);

        using var delete = await admin.ActAsync(id, "Delete");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var (_, trash) = await admin.Http.GetPageAsync("/thi-tran-me/admin/content?status=Trash");
        Assert.Contains("Tin về mùa lúa chiêm xuân", trash);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetPageAsync($"/thi-tran-me/admin/content/edit/{id}")).Status);

        var token = EditorClient.Token(trash);
        using var restore = await admin.Http.PostAsync($"/thi-tran-me/admin/content/history/{id}?handler=Untrash", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var (status, editor) = await admin.Http.GetPageAsync($"/thi-tran-me/admin/content/edit/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bản nháp", editor);
    }

    [Fact]
    public async Task History_lists_versions_compares_them_and_restores_an_old_one()
    {
        var admin = await AdminAsync();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News("Phiên bản đầu tiên")));
        await admin.PostEditorAsync(id, "Save", EditorClient.News("Phiên bản thứ hai"));

        var (_, history) = await admin.Http.GetPageAsync($"/thi-tran-me/admin/content/history/{id}");
        Assert.Contains(CmsHost.AdminUserName, history);
        var versions = System.Text.RegularExpressions.Regex.Matches(history, "name=\"a\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, versions.Count);

        var (_, compare) = await admin.Http.GetPageAsync($"/thi-tran-me/admin/content/history/{id}?a={versions[1]}&b={versions[0]}");
        Assert.Contains("<del>Phiên bản đầu tiên</del>", compare);
        Assert.Contains("<ins>Phiên bản thứ hai</ins>", compare);

        using var restore = await admin.Http.PostAsync($"/thi-tran-me/admin/content/history/{id}?handler=Restore",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = EditorClient.Token(history), ["versionId"] = versions[1] }));
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var (_, editor) = await admin.Http.GetPageAsync($"/thi-tran-me/admin/content/edit/{id}");
        Assert.Contains("value=\"Phiên bản đầu tiên\"", editor);
        Assert.Contains("phiên bản 3", editor);
    }

    [Fact]
    public async Task The_audit_trail_records_who_published_what()
    {
        var admin = await AdminAsync();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News("Tin có trong nhật ký hoạt động")));

        var (_, audit) = await admin.Http.GetPageAsync($"/thi-tran-me/admin/audit?item={id}");
        Assert.Contains("Xuất bản", audit);
        Assert.Contains("Tạo mới", audit);
        Assert.Contains($">{CmsHost.AdminUserName}<", audit);
    }

    [Fact]
    public async Task An_editor_form_from_one_tenant_cannot_reach_another_tenants_item()
    {
        var admin = await AdminAsync("/gia-hoa");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetPageAsync("/gia-hoa/admin/content/edit/thi-tran-me-news-001")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.GetAsync("/thi-tran-me/admin/content/edit/thi-tran-me-news-001")).StatusCode);
    }

    [Fact]
    public async Task A_forged_antiforgery_token_changes_nothing()
    {
        var admin = await AdminAsync();
        var values = EditorClient.News("Bài gửi bằng mã giả mạo");
        values["__af"] = "gia-mao";
        using var response = await admin.Http.PostAsync("/thi-tran-me/admin/content/edit?type=DistrictNews&handler=Publish", new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Bài gửi bằng mã giả mạo", (await host.Browser().GetPageAsync("/thi-tran-me/")).Html);
    }
}

public sealed class ContentLimitsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task A_ten_megabyte_body_is_refused_with_413_and_a_vietnamese_page()
    {
        var admin = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var response = await admin.PostEditorAsync(null, "Save", EditorClient.News("Bài quá lớn", body: "<p>" + new string('a', 10 * 1024 * 1024) + "</p>"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Nội dung gửi lên quá lớn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_deeply_nested_html_bomb_is_refused_on_its_field_and_nothing_is_saved()
    {
        var admin = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var bomb = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "bom";
        using var response = await admin.PostEditorAsync(null, "Publish", EditorClient.News("Bài có bom HTML", body: bomb));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("lồng nhau quá sâu", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Bài có bom HTML", (await host.Browser().GetPageAsync("/gia-hoa/")).Html);
    }
}
