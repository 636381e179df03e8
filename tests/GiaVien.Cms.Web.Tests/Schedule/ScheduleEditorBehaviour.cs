using System.Net;
using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Schedule;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Schedule;

/// <summary>
/// The week editor at <c>/admin/lich-cong-tac</c> through its real forms, without script: rows added and removed keep
/// what was typed, a wrong cell is named in Vietnamese and nothing is stored, last week is copied onto the same
/// weekdays, a draft stays private, publishing shows the week, and a later change is marked "Điều chỉnh".
/// </summary>
public abstract class ScheduleEditorBehaviour(DemoHost host)
{
    // Next week of the host's clock (midday in Việt Nam), as the demo's weeks are set up: the machine's week, read once
    // per class, was the week before the host's for the tests that ran after Vietnamese midnight on a Sunday.
    private IsoWeek Week => IsoWeek.Of(VietnamTime.Today(host.TimeProvider)).Next;

    private string Tuesday => Week.Monday.AddDays(1).ToString("yyyy-MM-dd");

    private string Thursday => Week.Monday.AddDays(3).ToString("yyyy-MM-dd");

    private Task<(string Tenant, EditorClient Admin)> TenantWithScheduleAsync() => ScheduleTenants.CreateAsync(host, "UBND xã Gia Phú");

    private string EditorUrl(string tenant) => $"/{tenant}/admin/lich-cong-tac?tuan={Week}";

    private Task<HttpResponseMessage> PostAsync(EditorClient user, string tenant, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        user.Http.PostFormAsync(EditorUrl(tenant), $"/{tenant}/admin/lich-cong-tac?handler={handler}", fields.Append(new("tuan", Week.ToString())));

    private static IEnumerable<KeyValuePair<string, string>> Row(int index, string day, string time, string content, string host = "", string location = "")
    {
        yield return new($"Rows[{index}].Day", day);
        yield return new($"Rows[{index}].Time", time);
        yield return new($"Rows[{index}].Content", content);
        yield return new($"Rows[{index}].Host", host);
        yield return new($"Rows[{index}].Location", location);
        yield return new($"Rows[{index}].Participants", "");
        yield return new($"Rows[{index}].PreparedBy", "");
    }

    [Fact]
    public async Task Adding_and_removing_rows_without_script_keeps_every_typed_value()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();
        var typed = Row(0, Thursday, "08:00", "Kiểm tra tiến độ làm đường giao thông nông thôn", "Phó Chủ tịch UBND xã", "Thôn Phú Long").ToList();

        using var added = await PostAsync(admin, tenant, "AddRow", typed);
        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Kiểm tra tiến độ làm đường giao thông nông thôn</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Thôn Phú Long\"", html, StringComparison.Ordinal);
        // The new row starts on the day of the row above and takes the focus.
        Assert.Contains("name=\"Rows[1].Day\" autofocus=\"autofocus\"", html, StringComparison.Ordinal);
        Assert.Matches($"name=\"Rows\\[1\\].Day\"[^>]*>(\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"{Thursday}\" selected=\"selected\">", html);

        using var removed = await PostAsync(admin, tenant, "RemoveRow", [.. Row(0, Tuesday, "", "Dòng sẽ bỏ"), .. Row(1, Thursday, "08:00", "Dòng được giữ"), new("row", "0")]);
        var after = await removed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Dòng sẽ bỏ", after, StringComparison.Ordinal);
        Assert.Contains("name=\"Rows[0].Content\" rows=\"2\">Dòng được giữ</textarea>", after, StringComparison.Ordinal);
        Assert.Empty(await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<ScheduleWeekEditor>().OpenAsync(Week, CancellationToken.None)));
    }

    [Fact]
    public async Task A_failed_save_names_each_wrong_cell_in_Vietnamese_keeps_the_text_and_stores_nothing()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();

        using var failed = await PostAsync(admin, tenant, "Save",
            [.. Row(0, Tuesday, "25:00", "Họp Ban chỉ đạo chuyển đổi số", "Chủ tịch UBND xã"), .. Row(1, "2001-01-01", "", "", "Văn phòng - Thống kê"), .. Row(2, Tuesday, "", "")]);

        var html = await failed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        Assert.Contains("Dòng 1: giờ “25:00” không hợp lệ; hãy ghi giờ:phút, ví dụ 07:30, hoặc để trống nếu cả ngày.", html, StringComparison.Ordinal);
        Assert.Contains($"Dòng 2: hãy chọn một ngày trong tuần {Week}.", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 2: hãy nhập nội dung công việc.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dòng 3:", html, StringComparison.Ordinal);
        Assert.Contains("Họp Ban chỉ đạo chuyển đổi số</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Văn phòng - Thống kê\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"dong-1-content-loi\"", html, StringComparison.Ordinal);
        Assert.Empty(await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<ScheduleWeekEditor>().OpenAsync(Week, CancellationToken.None)));
    }

    [Fact]
    public async Task A_draft_stays_private_publishing_shows_the_week_and_a_later_change_is_marked_Dieu_chinh()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();
        using var anonymous = host.CreateClient();
        var publicUrl = $"/{tenant}/lich-cong-tac?tuan={Week}";

        using var saved = await PostAsync(admin, tenant, "Save", [.. Row(0, Tuesday, "07:30", "Giao ban Thường trực Đảng ủy", "Bí thư Đảng ủy xã", "Phòng họp UBND xã")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Đã lưu bản nháp.", await admin.Http.GetStringAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.DoesNotContain("Giao ban Thường trực Đảng ủy", await anonymous.GetStringAsync(publicUrl), StringComparison.Ordinal);

        var id = (await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<ScheduleWeekEditor>().OpenAsync(Week, CancellationToken.None))).Single().Id;
        using var published = await PostAsync(admin, tenant, "Publish", [.. Row(0, Tuesday, "07:30", "Giao ban Thường trực Đảng ủy", "Bí thư Đảng ủy xã", "Phòng họp UBND xã"), new("Rows[0].Id", id)]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var first = await anonymous.GetStringAsync(publicUrl);
        Assert.Contains("Giao ban Thường trực Đảng ủy", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Điều chỉnh", first, StringComparison.Ordinal);

        using var changed = await PostAsync(admin, tenant, "Publish", [.. Row(0, Tuesday, "14:00", "Giao ban Thường trực Đảng ủy", "Bí thư Đảng ủy xã", "Hội trường Đảng ủy xã"), new("Rows[0].Id", id)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var second = await anonymous.GetStringAsync(publicUrl);
        Assert.Contains("Hội trường Đảng ủy xã", second, StringComparison.Ordinal);
        Assert.Contains("<span class=\"schedule-adjusted\">Điều chỉnh lúc ", second, StringComparison.Ordinal);

        var audit = await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<CmsDbContext>().AuditTrail
            .Where(a => a.UserName == CmsHost.AdminUserName).Select(a => a.Action).ToListAsync());
        Assert.Contains(audit, a => a.Contains("Publish", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Copying_last_week_fills_the_same_weekdays_beside_what_was_typed_without_saving()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();
        await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<ScheduleWeekEditor>().SaveAsync(Week.Previous,
            [new ScheduleEntry { Id = ScheduleEntry.NewId(), Date = Week.Previous.Monday.AddDays(3), Time = new TimeOnly(8, 0), Content = "Tiếp công dân định kỳ", Host = "Chủ tịch UBND xã" }],
            publish: true, CmsHost.AdminUserName, CancellationToken.None));

        using var copied = await PostAsync(admin, tenant, "CopyPrevious", [.. Row(0, Tuesday, "", "Việc đã gõ trước khi sao chép")]);

        var html = await copied.Content.ReadAsStringAsync();
        Assert.Contains("Đã sao chép 1 dòng của tuần", html, StringComparison.Ordinal);
        Assert.Contains("Việc đã gõ trước khi sao chép</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Rows[1].Content\" rows=\"2\">Tiếp công dân định kỳ</textarea>", html, StringComparison.Ordinal);
        Assert.Matches($"name=\"Rows\\[1\\].Day\"[^>]*>(\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"{Thursday}\" selected=\"selected\">", html);
        Assert.Empty(await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<ScheduleWeekEditor>().OpenAsync(Week, CancellationToken.None)));
    }

    [Fact]
    public async Task A_contributor_drafts_but_may_not_publish_an_editor_of_another_type_may_not_open_and_forms_need_their_token()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();
        var contributor = await EditorClient.SignInAsync(host, $"/{tenant}", await TenantServices.CreateUserAsync(host, tenant, Roles.Contributor), TenantServices.UserPassword);
        var editorPage = await contributor.Http.GetStringAsync(EditorUrl(tenant));
        Assert.DoesNotContain(">Xuất bản</button>", editorPage, StringComparison.Ordinal);
        using var draft = await PostAsync(contributor, tenant, "Save", [.. Row(0, Tuesday, "", "Bản nháp của cộng tác viên")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        using var publish = await PostAsync(contributor, tenant, "Publish", [.. Row(0, Tuesday, "", "Bản nháp của cộng tác viên")]);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var role = $"ThongBao{Guid.NewGuid():N}"[..16];
        await TenantServices.RunAsync(host, tenant, async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Roles.Add(new RoleRecord { Name = role, DisplayName = "Biên tập thông báo", Permissions = [Roles.AccessAdmin, .. ContentPermissions.PerType.Select(p => ContentPermissions.ForType(p, "ThongBao"))] });
            await db.SaveChangesAsync();
        });
        var other = await EditorClient.SignInAsync(host, $"/{tenant}", await TenantServices.CreateUserAsync(host, tenant, role), TenantServices.UserPassword);
        using var refused = await other.Http.GetAsync(EditorUrl(tenant));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Bạn không có quyền sửa lịch công tác.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("admin/lich-cong-tac\"", await other.Http.GetStringAsync($"/{tenant}/admin"), StringComparison.Ordinal);
        Assert.Contains("admin/lich-cong-tac\">Lịch công tác</a>", await admin.Http.GetStringAsync($"/{tenant}/admin"), StringComparison.Ordinal);

        using var forged = await admin.Http.PostAsync($"/{tenant}/admin/lich-cong-tac?handler=Publish",
            new FormUrlEncodedContent([.. Row(0, Tuesday, "", "Không có mã chống giả mạo"), new("tuan", Week.ToString())]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task The_demo_district_and_Gia_Hoa_open_on_a_filled_week_linked_from_their_menus()
    {
        using var anonymous = host.CreateClient();
        var district = await anonymous.GetStringAsync("/lich-cong-tac");
        Assert.Contains("Họp thường kỳ UBND huyện tháng 12", district, StringComparison.Ordinal);
        Assert.Contains("href=\"/lich-cong-tac\"", await anonymous.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác bảo vệ rừng đặc dụng", await anonymous.GetStringAsync($"/lich-cong-tac?tuan={Week.Previous.Previous}"), StringComparison.Ordinal);
        Assert.Contains("Ra quân vệ sinh môi trường", await anonymous.GetStringAsync("/gia-hoa/lich-cong-tac"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_tenant_imports_with_its_published_week_and_its_Dieu_chinh_marks()
    {
        var (tenant, _) = await TenantWithScheduleAsync();
        var line = new ScheduleEntry { Id = ScheduleEntry.NewId(), Date = Week.Monday.AddDays(2), Time = new TimeOnly(8, 0), Content = "Hội nghị sơ kết công tác dân số", Location = "Hội trường UBND xã" };
        Task PublishAsync(ScheduleEntry entry) => TenantServices.RunAsync(host, tenant, sp =>
            sp.GetRequiredService<ScheduleWeekEditor>().SaveAsync(Week, [entry], publish: true, CmsHost.AdminUserName, CancellationToken.None));
        await PublishAsync(line);
        await PublishAsync(line with { Location = "Nhà văn hóa thôn Phú Long" });

        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find(tenant)!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("xa");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        using var anonymous = host.CreateClient();
        var html = await anonymous.GetStringAsync($"/{copy}/lich-cong-tac?tuan={Week}");
        Assert.Contains("Hội nghị sơ kết công tác dân số", html, StringComparison.Ordinal);
        Assert.Contains("Nhà văn hóa thôn Phú Long", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"schedule-adjusted\">Điều chỉnh lúc ", html, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VCALENDAR", await anonymous.GetStringAsync($"/{copy}/lich-cong-tac.ics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_block_Lich_cong_tac_hom_nay_lists_todays_published_lines_and_links_to_the_week()
    {
        var (tenant, _) = await TenantWithScheduleAsync();
        var today = VietnamTime.Today(host.TimeProvider);
        var thisWeek = IsoWeek.Of(today);
        var otherDay = today == thisWeek.Monday ? today.AddDays(1) : thisWeek.Monday;
        await TenantServices.RunAsync(host, tenant, async sp =>
        {
            await sp.GetRequiredService<ScheduleWeekEditor>().SaveAsync(thisWeek,
            [
                new ScheduleEntry { Id = ScheduleEntry.NewId(), Date = today, Time = new TimeOnly(9, 0), Content = "Làm việc với Đoàn kiểm tra của huyện", Host = "Chủ tịch UBND xã", Location = "Phòng họp UBND xã" },
                new ScheduleEntry { Id = ScheduleEntry.NewId(), Date = otherDay, Content = "Việc của ngày khác trong tuần" },
            ], publish: true, CmsHost.AdminUserName, CancellationToken.None);
            var blocks = sp.GetRequiredService<BlockArrangementStore>();
            var zones = await blocks.GetAsync();
            await blocks.SaveAsync(zones with { Home = [new Block { Id = "lich-hom-nay", Kind = BlockKinds.TodaySchedule }, .. zones.Home] }, CmsHost.AdminUserName, "test");
        });

        var home = await host.CreateClient().GetStringAsync($"/{tenant}/");
        Assert.Contains($"<a href=\"/{tenant}/lich-cong-tac\">Lịch công tác hôm nay</a>", home, StringComparison.Ordinal);
        Assert.Contains("<strong>09:00</strong>: Làm việc với Đoàn kiểm tra của huyện (chủ trì: Chủ tịch UBND xã), Phòng họp UBND xã", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Việc của ngày khác trong tuần", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_feature_the_editor_is_not_found_and_not_in_the_menu()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Lập", name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{name}/admin/lich-cong-tac")).StatusCode);
        Assert.DoesNotContain("Lịch công tác</a>", await admin.Http.GetStringAsync($"/{name}/admin"), StringComparison.Ordinal);
    }
}

public sealed class SqliteScheduleEditorTests(SqliteMiddayHost host) : ScheduleEditorBehaviour(host), IClassFixture<SqliteMiddayHost>;

public sealed class PostgreSqlScheduleEditorTests(PostgreSqlMiddayHost host) : ScheduleEditorBehaviour(host), IClassFixture<PostgreSqlMiddayHost>;
