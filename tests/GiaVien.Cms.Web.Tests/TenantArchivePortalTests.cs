using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The government portal's sections survive an archive: the district, exported and imported as a new tenant, still
/// has its documents with their files (the same bytes, and their text searchable again), its procedures (the feature
/// still on) and its English pages linked to their Vietnamese originals.
/// </summary>
public abstract partial class TenantArchiveBehaviour
{
    private const string Decision125 = "van-ban/quyet-dinh-125-qd-ubnd-phe-duyet-ke-hoach-nao-vet-kenh-muong-noi-dong-vu-xuan";
    private const string Decision125Pdf = "media/van-ban/quyet-dinh-125-qd-ubnd.pdf";

    [Fact]
    public async Task The_district_keeps_its_documents_files_procedures_and_english_pages_through_export_and_import()
    {
        var district = host.Registry.Map.Tenants.First(t => t.IsDefault);
        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(district, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("huyen");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));
        var resident = host.Browser();

        var (listStatus, list) = await resident.GetPageAsync($"/{copy}/van-ban");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        foreach (var number in new[] { "356/UBND-NN", "125/QĐ-UBND", "15/2023/NQ-HĐND", "210/QĐ-UBND", "98/QĐ-UBND" })
        {
            Assert.Contains(number, list, StringComparison.Ordinal);
        }

        var (_, document) = await resident.GetPageAsync($"/{copy}/{Decision125}");
        Assert.Contains($"<a href=\"/{copy}/{Decision125Pdf}\">Xem quyet-dinh-125-qd-ubnd.pdf</a>", document, StringComparison.Ordinal);
        // The related documents are still linked both ways inside the copy.
        var replacedPath = System.Text.RegularExpressions.Regex.Match(list, $"href=\"(/{copy}/van-ban/quyet-dinh-98-[^\"]+)\"").Groups[1].Value;
        var (_, replaced) = await resident.GetPageAsync(replacedPath);
        Assert.Contains("Bị thay thế bởi", replaced, StringComparison.Ordinal);
        Assert.Contains("Hết hiệu lực", replaced, StringComparison.Ordinal);

        using var original = await resident.GetAsync("/" + Decision125Pdf);
        using var copied = await resident.GetAsync($"/{copy}/{Decision125Pdf}");
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        Assert.Equal("application/pdf", copied.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await original.Content.ReadAsByteArrayAsync(), await copied.Content.ReadAsByteArrayAsync());

        // The copy reads the PDF again (the extracted text is each node's cache, not archived) and search finds its words.
        System.Text.Json.JsonElement found = default;
        await Eventually.ThatAsync(async () =>
            {
                // Two searches a second at most: the search endpoint allows a client 30 per 10 s.
                await Task.Delay(500);
                return (found = await resident.SearchAsync($"/{copy}/api/search?q=%22c%C3%A1nh+%C4%91%E1%BB%93ng+sen+%C4%90%E1%BA%A7m+C%C3%BAt%22")).Total() == 1;
            },
            TimeSpan.FromSeconds(90), "The copy's PDF text never became searchable");
        Assert.StartsWith("Quyết định 125/QĐ-UBND", found.Results()[0].GetProperty("title").GetString(), StringComparison.Ordinal);

        var (procedureStatus, procedure) = await resident.GetPageAsync($"/{copy}/thu-tuc-hanh-chinh/dang-ky-thanh-lap-ho-kinh-doanh");
        Assert.Equal(HttpStatusCode.OK, procedureStatus);
        Assert.Contains("Nộp hồ sơ trực tuyến", procedure, StringComparison.Ordinal);
        var (_, procedures) = await resident.GetPageAsync($"/{copy}/thu-tuc-hanh-chinh");
        Assert.Contains("Cấp giấy phép xây dựng nhà ở riêng lẻ", procedures, StringComparison.Ordinal);

        var (englishStatus, english) = await resident.GetPageAsync($"/{copy}/en/units/peoples-committee");
        Assert.Equal(HttpStatusCode.OK, englishStatus);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"vi\" href=\"http://localhost/{copy}/don-vi/", english, StringComparison.Ordinal);
        // The news article and its English translation still point at each other: the switch and hreflang both ways.
        var (_, article) = await resident.GetPageAsync($"/{copy}/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024");
        Assert.Contains($"<a href=\"/{copy}/en/news/district-reviews-2023-and-sets-2024-tasks\" hreflang=\"en\" lang=\"en\">English</a>", article, StringComparison.Ordinal);
        var (_, englishArticle) = await resident.GetPageAsync($"/{copy}/en/news/district-reviews-2023-and-sets-2024-tasks");
        Assert.Contains($"hreflang=\"vi\" href=\"http://localhost/{copy}/tin-tuc/ubnd-huyen-gia-vien-tong-ket", englishArticle, StringComparison.Ordinal);
        var (_, about) = await resident.GetPageAsync($"/{copy}/en/about");
        Assert.Contains("People's Committee of Gia Viễn District", WebUtility.HtmlDecode(about), StringComparison.Ordinal);
    }
}
