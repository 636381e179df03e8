using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A type a recipe brought ("Thông báo", through its feature) travels with the tenant's archive: the imported copy has
/// the type, the feature switched on, the published announcement at its address and its attached document.
/// </summary>
public sealed class AnnouncementArchiveTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task An_exported_tenant_with_announcements_imports_with_the_type_its_items_and_their_attachments()
    {
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Vượng", tenant, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var enabled = await admin.Http.PostFormAsync($"/{tenant}/admin/features", $"/{tenant}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "announcements" }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        var media = new MediaClient(admin.Http, $"/{tenant}");
        var document = await media.UploadOkAsync("ke-hoach-tiep-dan.pdf", TestFiles.Pdf());
        using (var published = await admin.Http.PostFormAsync($"/{tenant}/admin/content/edit?type=ThongBao", $"/{tenant}/admin/content/edit?type=ThongBao&handler=Publish",
            new Dictionary<string, string>
            {
                ["Title"] = "Kế hoạch tiếp công dân quý I", ["Number"] = "0", ["f:ThongBaoPart:Level"] = "Khẩn",
                ["f:ThongBaoPart:Body"] = "<p>Ủy ban nhân dân xã thông báo kế hoạch tiếp công dân định kỳ trong quý I.</p>",
                ["f:ThongBaoPart:Attachment"] = document,
            }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find(tenant)!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("ban-sao");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        var resident = host.Browser();
        var (status, page) = await resident.GetPageAsync($"/{copy}/thong-bao/ke-hoach-tiep-cong-dan-quy-i");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("kế hoạch tiếp công dân định kỳ", page, StringComparison.Ordinal);
        Assert.Contains($"/{copy}/media/{document}", page, StringComparison.Ordinal);
        Assert.Equal(TestFiles.Pdf(), await resident.GetByteArrayAsync($"/{copy}/media/{document}"));
        Assert.Contains("Kế hoạch tiếp công dân quý I", await resident.GetStringAsync($"/{copy}/thong-bao?Level=Khẩn"), StringComparison.Ordinal);
        Assert.True(await TenantServices.RunAsync(host, copy, sp =>
            sp.GetRequiredService<CmsDbContext>().Features.AnyAsync(f => f.FeatureId == "announcements" && f.Enabled)), "the feature is on in the copy");
    }
}
