using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Archives taken by an older version of the product, before content rows had the <c>TranslationOf</c> column.</summary>
public abstract partial class TenantArchiveBehaviour
{
    [Fact]
    public async Task An_archive_taken_before_translation_links_had_a_column_imports_with_its_english_page_still_linked()
    {
        string translationId = "";
        await TenantServices.RunAsync(host, "gia-hoa", async sp =>
        {
            var original = ContentItemMapper.ToItem((await sp.GetRequiredService<ContentVersions>().LatestAsync("xa-van-phong", default))!);
            var definitions = await sp.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            translationId = await sp.GetRequiredService<TranslationDrafts>().EnglishAsync(original, definitions, "test");
            await sp.GetRequiredService<ContentPublisher>().PublishAsync(translationId, "test");
        });
        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find("gia-hoa")!, archive, includePasswords: false);
        var older = AsTakenBeforeTranslationLinkColumn(archive.ToArray());

        var copy = TenantFactory.UniqueName("gia-hoa");
        await Importer.ImportAsNewAsync(new MemoryStream(older), new TenantSpec(copy, "", copy, [], null));

        var links = await TenantServices.RunAsync(host, copy, sp => sp.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking()
            .Where(i => i.TranslationOf != null).Select(i => new { i.ContentItemId, i.TranslationOf }).Distinct().ToListAsync());
        Assert.Equal([new { ContentItemId = translationId, TranslationOf = (string?)"xa-van-phong" }], links);
        var (status, html) = await host.Browser().GetPageAsync($"/{copy}/en/don-vi/van-phong-thong-ke");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"vi\" href=\"http://localhost/{copy}/don-vi/van-phong-thong-ke\">", html);
    }

    /// <summary>
    /// The archive as the exporter wrote it before the column existed (the exporter is unchanged since; it writes the
    /// model's columns and applied migrations): no <c>TranslationOf</c> column in the content table, no migration that adds it.
    /// </summary>
    private static byte[] AsTakenBeforeTranslationLinkColumn(byte[] archive)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == ArchiveManifest.FileName)
                {
                    var manifest = JsonNode.Parse(from)!.AsObject();
                    var migrations = manifest["migrations"]!.AsArray();
                    var kept = migrations.Where(m => m!.GetValue<string>() != "TranslationLinkColumn").Select(m => m!.DeepClone()).ToArray();
                    Assert.Equal(migrations.Count - 1, kept.Length);
                    manifest["migrations"] = new JsonArray(kept);
                    Write(manifest, to);
                }
                else if (entry.FullName == $"{TenantExporter.TablesFolder}ContentItems.json")
                {
                    var table = JsonNode.Parse(from)!.AsObject();
                    var columns = table["columns"]!.AsArray();
                    var link = columns.Select(c => c!.GetValue<string>()).ToList().IndexOf("TranslationOf");
                    Assert.True(link >= 0);
                    columns.RemoveAt(link);
                    table["rows"]!.AsArray().ToList().ForEach(row => row!.AsArray().RemoveAt(link));
                    Write(table, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static void Write(JsonNode json, Stream to)
    {
        using var writer = new Utf8JsonWriter(to);
        json.WriteTo(writer);
    }
}
