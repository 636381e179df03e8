using System.Net;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Documents.Search;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tests.Documents;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>The files of documents read in the background of a running host, from its real media store.</summary>
public sealed class DocumentExtractionTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_text_inside_a_demo_pdf_is_read_in_the_background_for_search()
    {
        await Eventually.ThatAsync(async () => (await SearchFieldsAsync("van-ban-huyen-125")).Complete, Patience, "The PDF of 125/QĐ-UBND was not read");

        var fields = await SearchFieldsAsync("van-ban-huyen-125");
        // A phrase that is only inside the PDF, never in the recipe's metadata.
        Assert.Contains("cánh đồng sen Đầm Cút", fields.FileText);
    }

    [Fact]
    public async Task The_admin_shows_what_reading_each_file_gave()
    {
        var admin = host.Browser();
        await admin.SignInAsync("", "admin", CmsHost.AdminPassword);

        await Eventually.ThatAsync(async () => (await admin.GetPageAsync("/admin/van-ban")).Html.Contains("Đã đọc nội dung tệp"), Patience, "The admin never showed the PDF as read");
        var (status, html) = await admin.GetPageAsync("/admin/van-ban");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("van-ban/quyet-dinh-125-qd-ubnd.pdf", html);
    }

    [Theory]
    [InlineData("ban-quet.pdf", ExtractionOutcome.NoText, "bản quét")]
    [InlineData("co-mat-khau.pdf", ExtractionOutcome.Encrypted, "mật khẩu")]
    [InlineData("bi-hong.pdf", ExtractionOutcome.Broken, "bị hỏng")]
    public async Task A_scan_a_protected_or_a_damaged_file_is_stored_flagged_and_still_served(string name, ExtractionOutcome outcome, string message)
    {
        var bytes = name switch
        {
            "ban-quet.pdf" => SampleDocuments.ScannedPdf(),
            "co-mat-khau.pdf" => SampleDocuments.EncryptedPdf(),
            _ => SampleDocuments.BrokenPdf(),
        };
        var path = await TenantServices.RunAsync(host, "gia-hoa", async services =>
            (await services.GetRequiredService<MediaLibrary>().UploadAsync("van-ban", name, new MemoryStream(bytes), "admin")).File.Path);

        StoredExtraction? stored = null;
        await Eventually.ThatAsync(async () => (stored = await ExtractionAsync(path)) is not null, Patience, $"{name} was not read");

        Assert.Equal(outcome, stored!.Outcome);
        Assert.Contains(message, stored.Message);
        using var served = await host.Browser().GetAsync($"/gia-hoa/media/{path}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
    }

    private Task<StoredExtraction?> ExtractionAsync(string path) =>
        TenantServices.RunAsync(host, "gia-hoa", services =>
            services.GetRequiredService<DocumentTextExtraction>().GetOrRequestAsync(services.GetRequiredService<ShellScope>().Shell, path));

    private Task<DocumentSearchFields> SearchFieldsAsync(string itemId) =>
        TenantServices.RunAsync(host, "default", async services =>
        {
            var item = (await services.GetRequiredService<ContentQueries>().PublishedAsync(VanBanPart.TypeName, 0, 100)).Single(i => i.ContentItemId == itemId);
            return await services.GetRequiredService<DocumentSearchText>().ForAsync(services.GetRequiredService<ShellScope>().Shell, item.As<VanBanPart>());
        });
}
