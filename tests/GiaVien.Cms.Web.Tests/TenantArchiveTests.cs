using System.IO.Compression;
using System.Net;
using System.Text;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Export → import round trips, and archives that must be refused without writing anything.</summary>
public abstract class TenantArchiveBehaviour(CmsHost host)
{
    private TenantImporter Importer => host.Services.GetRequiredService<TenantImporter>();

    [Fact]
    public async Task An_exported_tenant_imports_as_an_identical_new_tenant_with_its_media()
    {
        var media = Path.Combine(host.DataFolder.SiteFolder("gia-hoa"), "Media", "2024", "le-hoi.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(media)!);
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();
        await File.WriteAllBytesAsync(media, bytes);

        var admin = await TenantAdminClient.SignInAsync(host);
        using var export = await admin.Client.PostFormAsync("/admin/tenants/gia-hoa", "/admin/tenants/gia-hoa?handler=Export",
            new Dictionary<string, string> { ["IncludePasswords"] = "true" });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType!.MediaType);
        var archive = await export.Content.ReadAsByteArrayAsync();

        var copy = TenantFactory.UniqueName("ban-sao");
        await Importer.ImportAsNewAsync(new MemoryStream(archive), new TenantSpec(copy, "", copy, [], null));

        var imported = host.Registry.Map.Find(copy)!;
        Assert.Equal(TenantState.Running, imported.State);
        Assert.Equal(host.Registry.Map.Find("gia-hoa")!.DisplayName, imported.DisplayName);
        Assert.Equal(await DumpAsync("gia-hoa"), await DumpAsync(copy));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(host.DataFolder.SiteFolder(copy), "Media", "2024", "le-hoi.jpg")));
        var (status, html) = await host.Browser().GetPageAsync($"/{copy}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(DemoContent.News("gia-hoa").First(n => n.Published).Title, WebUtility.HtmlDecode(html));
        using var signIn = await host.Browser().SignInAsync($"/{copy}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

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
                rows.Add(table.Name + ": " + string.Join(" | ", table.Columns.Select((c, i) => reader.IsDBNull(i) ? "null" : Convert.ToString(ColumnValues.Read(reader, i, c.StoreType), System.Globalization.CultureInfo.InvariantCulture))));
            }

            dump.AddRange(rows.Order(StringComparer.Ordinal));
        }

        return dump;
    }
}

public sealed class SqliteTenantArchiveTests(SqliteDemoHost host) : TenantArchiveBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlTenantArchiveTests(PostgreSqlDemoHost host) : TenantArchiveBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
