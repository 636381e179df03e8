using System.Net;
using System.Text.Json;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tests.Documents;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>
/// A decision published with a PDF is found by residents by its số ký hiệu however they type it and by words that are
/// only inside the PDF (read in the background, then indexed again), from its commune and from the district portal.
/// </summary>
public sealed class DocumentSearchTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    private const string Title = "Quyết định 125/QĐ-UBND về việc phê duyệt phương án phòng chống lụt bão năm 2024";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_decision_is_found_by_its_number_however_typed_and_by_a_phrase_only_inside_its_pdf_then_opens()
    {
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Tân", tenant, [], null));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, "van-ban"], host.Services, TextWriter.Null, new StringWriter()));
        // A word nobody else wrote, so the phrase can only come from this PDF.
        var word = "daplang" + Guid.NewGuid().ToString("N")[..8];
        var phrase = $"tu bổ đê bối thôn {word}";
        var pdf = SampleDocuments.Pdf(["Ủy ban nhân dân xã Gia Tân", $"Giao các thôn {phrase} trước mùa mưa lũ."]);
        var path = await TenantServices.RunAsync(host, tenant, async services =>
            (await services.GetRequiredService<MediaLibrary>().UploadAsync(null, "quyet-dinh-125.pdf", new MemoryStream(pdf), "admin")).File.Path);
        TestRecipes.Add(host, tenant + "-qd", Decisions(tenant, path));
        var errors = new StringWriter();
        Assert.True(await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-qd"], host.Services, TextWriter.Null, errors) == 0, errors.ToString());
        var resident = host.Browser();

        foreach (var typed in new[] { "125%2Fqd-ubnd", "125 QĐ UBND", "QĐ 125" })
        {
            var found = await resident.SearchUntilAsync($"/{tenant}/api/search?q={typed}", r => r.Total() >= 2);
            Assert.Equal(Title, found.Results()[0].GetProperty("title").GetString());
        }

        // The PDF is read in the background and the decision indexed again: the phrase then finds it, highlighted.
        JsonElement byText = default;
        await Eventually.ThatAsync(async () => (byText = await resident.SearchAsync($"/{tenant}/api/search?q=\"{phrase}\"")).Total() == 1,
            Patience, "The phrase inside the PDF never found the decision");
        var hit = Assert.Single(byText.Results());
        Assert.Equal(Title, hit.GetProperty("title").GetString());
        Assert.Contains($"<mark>{word}</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var (status, html) = await resident.GetPageAsync($"/{tenant}/tim-kiem?q={word}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Title, html, StringComparison.Ordinal);

        // The district portal finds the commune's shared document by the same words.
        var district = await resident.SearchUntilAsync($"/api/search?q={word}&scope=district", r => r.Total() == 1);
        Assert.Equal(tenant, Assert.Single(district.Results()).GetProperty("tenant").GetString());

        using var opened = await resident.GetAsync($"/{tenant}/media/{path}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType?.MediaType);
        Assert.Null(opened.Content.Headers.ContentDisposition);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The decision with its PDF, and a neighbour whose number shares its parts, so "first" means something.</summary>
    private static string Decisions(string tenant, string pdfPath) => $$"""
        { "name": "{{tenant}}-qd", "displayName": "Hai quyết định của xã", "steps": [ { "name": "Content", "data": [
          { "ContentItemId": "qd-125-{{tenant}}", "ContentType": "VanBan", "Published": true,
            "TitlePart": { "Title": "{{Title}}" },
            "VanBanPart": { "SoKyHieu": { "Text": "125/QĐ-UBND" }, "LoaiVanBan": { "TaxonomyContentItemId": "loai-van-ban", "TermContentItemIds": [ "quyet-dinh" ] },
              "CoQuanBanHanh": { "Text": "UBND xã" }, "LinhVuc": { "Text": "Nông nghiệp" },
              "NgayBanHanh": { "Value": "2024-03-04" }, "TrichYeu": { "Text": "Phê duyệt phương án phòng chống lụt bão, giảm nhẹ thiên tai năm 2024." },
              "TepVanBan": { "Paths": [ "{{pdfPath}}" ] } } },
          { "ContentItemId": "qd-215-{{tenant}}", "ContentType": "VanBan", "Published": true,
            "TitlePart": { "Title": "Quyết định 215/QĐ-UBND về việc thành lập tổ công tác 125 ngày đêm" },
            "VanBanPart": { "SoKyHieu": { "Text": "215/QĐ-UBND" }, "LoaiVanBan": { "TaxonomyContentItemId": "loai-van-ban", "TermContentItemIds": [ "quyet-dinh" ] },
              "CoQuanBanHanh": { "Text": "UBND xã" }, "LinhVuc": { "Text": "Nông nghiệp" },
              "NgayBanHanh": { "Value": "2024-05-06" }, "TrichYeu": { "Text": "Thành lập tổ công tác của UBND xã, theo QĐ 125 của huyện." },
              "TepVanBan": { "Paths": [] } } } ] } ] }
        """;
}
