using System.IO.Compression;
using System.Net;
using System.Text;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Export → import round trips, and archives that must be refused without writing anything.</summary>
public abstract partial class TenantArchiveBehaviour(CmsHost host)
{
    private TenantImporter Importer => host.Services.GetRequiredService<TenantImporter>();

    /// <summary>Whether this installation keeps media in the tenant's data folder (else in the S3 bucket).</summary>
    protected virtual bool MediaInDataFolder => true;

    [Fact]
    public async Task An_exported_tenant_imports_as_an_identical_new_tenant_with_its_media()
    {
        // Large enough that the copy's storage figure cannot come from its database alone.
        var bytes = Enumerable.Range(0, 3_000_000).Select(i => (byte)(i * 31 + i / 1000)).ToArray();
        await TenantServices.RunAsync(host, "gia-hoa", sp => MediaStore(sp).CreateAsync("2024/le-hoi.jpg", new MemoryStream(bytes), "image/jpeg"));

        var admin = await TenantAdminClient.SignInAsync(host);
        using var export = await admin.Client.PostFormAsync("/admin/tenants/gia-hoa", "/admin/tenants/gia-hoa?handler=Export",
            new Dictionary<string, string> { ["IncludePasswords"] = "true" });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType!.MediaType);
        var archive = await export.Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        {
            Assert.Equal(bytes.Length, zip.GetEntry("media/2024/le-hoi.jpg")!.Length);
            Assert.NotNull(zip.GetEntry("tables/ThemeTemplates.json"));
        }

        var copy = TenantFactory.UniqueName("ban-sao");
        await Importer.ImportAsNewAsync(new MemoryStream(archive), new TenantSpec(copy, "", copy, [], null));

        var imported = host.Registry.Map.Find(copy)!;
        Assert.Equal(TenantState.Running, imported.State);
        Assert.Equal(host.Registry.Map.Find("gia-hoa")!.DisplayName, imported.DisplayName);
        Assert.Equal(await DumpAsync("gia-hoa"), await DumpAsync(copy));
        Assert.Equal(bytes, await ReadMediaAsync(copy, "2024/le-hoi.jpg"));
        Assert.Equal(MediaInDataFolder, Directory.Exists(Path.Combine(host.DataFolder.SiteFolder(copy), "Media")));
        await using (var hostDb = new HostDbContext(host.Services.GetRequiredService<TenantDatabase>().HostOptions()))
        {
            Assert.True((await hostDb.Statistics.FindAsync(copy))!.StorageBytes > bytes.Length, "the statistics count the media store");
        }

        var (status, html) = await host.Browser().GetPageAsync($"/{copy}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(DemoContent.News("gia-hoa").First(n => n.Published).Title, WebUtility.HtmlDecode(html));
        using var signIn = await host.Browser().SignInAsync($"/{copy}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task An_english_translation_travels_with_the_archive_and_still_points_at_its_original()
    {
        await TenantServices.RunAsync(host, "gia-hoa", async sp =>
        {
            var original = ContentItemMapper.ToItem((await sp.GetRequiredService<ContentVersions>().LatestAsync("xa-van-phong", default))!);
            var definitions = await sp.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            var id = await sp.GetRequiredService<TranslationDrafts>().EnglishAsync(original, definitions, "test");
            await sp.GetRequiredService<ContentPublisher>().PublishAsync(id, "test");
        });
        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find("gia-hoa")!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("gia-hoa");
        await Importer.ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        var (status, html) = await host.Browser().GetPageAsync($"/{copy}/en/don-vi/van-phong-thong-ke");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"vi\" href=\"http://localhost/{copy}/don-vi/van-phong-thong-ke\">", html);
    }

    [Fact]
    public async Task A_theme_template_travels_with_the_archive()
    {
        await TenantServices.RunAsync(host, "mat-tran", sp => sp.GetRequiredService<ThemeTemplateStore>().SaveAsync("Page", "<h1 class=\"mau-rieng\">{{ title }}</h1>", "test"));
        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find("mat-tran")!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("mat-tran");
        await Importer.ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        Assert.Equal("<h1 class=\"mau-rieng\">{{ title }}</h1>",
            await TenantServices.RunAsync(host, copy, sp => sp.GetRequiredService<ThemeTemplateStore>().SourceAsync("Page")));
        await TenantServices.RunAsync(host, "mat-tran", sp => sp.GetRequiredService<ThemeTemplateStore>().DeleteAsync("Page"));
    }

    [Fact]
    public async Task Removing_a_tenant_deletes_its_media_and_restoring_it_brings_them_back()
    {
        var name = TenantFactory.UniqueName("gia-vuong");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Vượng", name, [], null));
        await TenantServices.RunAsync(host, name, sp => MediaStore(sp).CreateAsync("tai-lieu/ke-hoach.pdf", new MemoryStream(TestFiles.Pdf()), "application/pdf"));
        await host.Registry.SetStateAsync(name, TenantState.Disabled);
        var record = host.Registry.Map.Find(name)!;
        var removal = host.Services.GetRequiredService<TenantRemoval>();

        var removed = await removal.RemoveAsync(name, name, record.Version, "test");
        var store = host.Services.GetRequiredService<MediaStores>().For(host.Services.GetRequiredService<ShellHost>().CreateUnactivated(record));
        Assert.Empty(await store.ListAsync().ToListAsync());
        // The archive is kept where the media are: on S3 every node can restore it, so nothing is left on this node's disk.
        var archivesOnDisk = Directory.Exists(host.DataFolder.ArchivesFolder) ? Directory.GetFiles(host.DataFolder.ArchivesFolder, name + "-*.zip") : [];
        Assert.Equal(MediaInDataFolder ? 1 : 0, archivesOnDisk.Length);

        await removal.RestoreAsync(removed!.Id);
        Assert.Equal(TestFiles.Pdf(), await ReadMediaAsync(name, "tai-lieu/ke-hoach.pdf"));
    }

    private static IMediaStore MediaStore(IServiceProvider services) =>
        services.GetRequiredService<MediaStores>().For(services.GetRequiredService<ShellScope>().Shell);

    private Task<byte[]?> ReadMediaAsync(string tenant, string path) => TenantServices.RunAsync(host, tenant, async sp =>
    {
        await using var stream = await MediaStore(sp).OpenReadAsync(path);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    });

    [Fact]
    public async Task Without_passwords_imported_users_cannot_sign_in_until_a_password_is_set()
    {
        var file = Path.Combine(host.DataPath, TenantFactory.UniqueName("sao-luu") + ".zip");
        Assert.Equal(0, await CommandLine.ExecuteAsync(["tenant", "export", "mat-tran", file], host.Services, TextWriter.Null, TextWriter.Null));
        var copy = TenantFactory.UniqueName("mat-tran");
        var error = new StringWriter();
        Assert.Equal(0, await CommandLine.ExecuteAsync(["tenant", "import", file, copy, "--prefix", copy], host.Services, TextWriter.Null, error));

        Assert.Equal(TenantState.Running, host.Registry.Map.Find(copy)!.State);
        using var signIn = await host.Browser().SignInAsync($"/{copy}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("không đúng", WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_command_line_explains_its_usage_and_refuses_an_unknown_tenant()
    {
        var error = new StringWriter();
        Assert.Equal(2, await CommandLine.ExecuteAsync(["tenant", "export"], host.Services, TextWriter.Null, error));
        Assert.Contains("tenant export", error.ToString());
        Assert.Equal(1, await CommandLine.ExecuteAsync(["tenant", "export", "khong-co", Path.Combine(host.DataPath, "x.zip")], host.Services, TextWriter.Null, error));
        Assert.Contains("Không tìm thấy đơn vị", error.ToString());
    }

    public static TheoryData<string, string> BadArchives => new()
    {
        { "not-a-zip", "không phải tệp nén ZIP" },
        { "foreign-zip", "không phải tệp sao lưu" },
        { "bad-value", "không phải giá trị kiểu Boolean" },
        { "unknown-table", "bảng \"Orders\"" },
        { "path-traversal", "không an toàn" },
        { "newer-schema", "phiên bản mới hơn" },
    };

    [Theory]
    [MemberData(nameof(BadArchives))]
    public async Task A_corrupt_or_foreign_archive_is_refused_and_nothing_is_written(string kind, string message)
    {
        var archive = await BadArchiveAsync(kind);
        var name = TenantFactory.UniqueName("hong");
        var error = await Assert.ThrowsAsync<TenantArchiveException>(() => Importer.ImportAsNewAsync(new MemoryStream(archive), new TenantSpec(name, "", name, [], null)));
        Assert.Contains(message, error.Message);
        Assert.Null(host.Registry.Map.Find(name));
        Assert.False(Directory.Exists(host.DataFolder.SiteFolder(name)));
    }

    [Fact]
    public async Task A_corrupt_upload_is_refused_on_the_import_page_with_a_message()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var page = await admin.Client.GetStringAsync("/admin/tenants/import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var name = TenantFactory.UniqueName("hong");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__af" },
            { new StringContent(name), "Name" },
            { new StringContent(name), "UrlPrefix" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("đây không phải tệp zip")), "Archive", "sao-luu.zip" },
        };
        using var response = await admin.Client.PostAsync("/admin/tenants/import", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không phải tệp nén ZIP", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(host.Registry.Map.Find(name));
    }

    private async Task<byte[]> BadArchiveAsync(string kind)
    {
        if (kind == "not-a-zip")
        {
            return Encoding.UTF8.GetBytes("PK\u0003\u0004 hỏng");
        }

        using var good = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find("thi-tran-me")!, good, includePasswords: false);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(good.ToArray()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var text = entry.FullName.EndsWith(".json", StringComparison.Ordinal) ? await new StreamReader(entry.Open()).ReadToEndAsync() : null;
                (string Name, string? Text) written = (kind, entry.FullName) switch
                {
                    ("foreign-zip", _) => ("readme.txt", "hello"),
                    ("bad-value", "tables/ContentItems.json") => (entry.FullName, text!.Replace(",true,", ",\"có\",", StringComparison.Ordinal)),
                    ("newer-schema", "manifest.json") => (entry.FullName, text!.Replace("\"Initial\"", "\"Initial\", \"FutureMigration\"", StringComparison.Ordinal)),
                    _ => (entry.FullName, text),
                };
                await using var stream = target.CreateEntry(written.Name).Open();
                if (written.Text is not null)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(written.Text));
                }
                else
                {
                    await entry.Open().CopyToAsync(stream);
                }
            }

            if (kind == "unknown-table")
            {
                await using var extra = target.CreateEntry("tables/Orders.json").Open();
                await extra.WriteAsync("""{"table":"Orders","columns":[],"rows":[]}"""u8.ToArray());
            }

            if (kind == "path-traversal")
            {
                await using var evil = target.CreateEntry("media/../../../evil.txt").Open();
                await evil.WriteAsync("x"u8.ToArray());
            }
        }

        return output.ToArray();
    }

    /// <summary>Every row of every tenant table, as text, in a stable order: equal dumps mean equal tenants.</summary>
    private async Task<List<string>> DumpAsync(string tenantName)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find(tenantName)!);
        await using var db = shell.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var dump = new List<string>();
        foreach (var table in TenantTables.Describe(db))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => TenantExporter.Quote(c.Name)))} FROM {TenantExporter.Quote(table.Name)}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                // An e-mail still waiting to be sent stays with the original (QuestionsTests has the copy send nothing).
                rows.Add(table.Name + ": " + string.Join(" | ", table.Columns.Select((c, i) => TenantTables.IsOutbox(c) ? "outbox"
                    : reader.IsDBNull(i) ? "null" : Convert.ToString(ColumnValues.Read(reader, i, c.StoreType), System.Globalization.CultureInfo.InvariantCulture))));
            }

            dump.AddRange(rows.Order(StringComparer.Ordinal));
        }

        return dump;
    }
}

public sealed class SqliteTenantArchiveTests(SqliteDemoHost host) : TenantArchiveBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlTenantArchiveTests(PostgreSqlDemoHost host) : TenantArchiveBehaviour(host), IClassFixture<PostgreSqlDemoHost>;

/// <summary>The same round trips with the media in an S3-compatible bucket: nothing may go through the data folder.</summary>
public sealed class S3TenantArchiveTests(S3DemoHost host) : TenantArchiveBehaviour(host), IClassFixture<S3DemoHost>
{
    protected override bool MediaInDataFolder => false;
}
