using System.IO.Compression;
using System.Text.Json;
using GiaVien.Cms.Data;
using GiaVien.Cms.Media;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>
/// Reads and checks a whole archive against the current model: the manifest, every table entry (known table,
/// known columns, every value of the right type) and every media entry (safe path, intact bytes).
/// Anything wrong is refused with a Vietnamese message before a single row or file is written.
/// </summary>
public static class TenantArchiveReader
{
    public static ArchiveContents Read(ZipArchive zip, CmsDbContext model)
    {
        var manifest = ReadManifest(zip);
        var known = model.Database.GetMigrations().Select(TenantExporter.MigrationName).ToHashSet(StringComparer.Ordinal);
        if (manifest.Migrations.FirstOrDefault(m => !known.Contains(m)) is { } newer)
        {
            throw new TenantArchiveException($"Tệp sao lưu được tạo từ một phiên bản mới hơn của hệ thống (cấu trúc dữ liệu \"{newer}\"). Hãy cập nhật hệ thống trước khi nhập.");
        }

        var tables = TenantTables.Describe(model).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var read = new Dictionary<string, ArchiveTable>(StringComparer.Ordinal);
        var media = new List<string>();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName == ArchiveManifest.FileName || entry.FullName.EndsWith('/'))
            {
                continue;
            }

            if (entry.FullName.StartsWith(TenantExporter.TablesFolder, StringComparison.Ordinal))
            {
                var table = ReadTable(entry, tables);
                read[table.Table.Name] = table;
            }
            else if (entry.FullName.StartsWith(TenantExporter.MediaFolder, StringComparison.Ordinal))
            {
                media.Add(CheckMedia(entry));
            }
            else
            {
                throw new TenantArchiveException($"Tệp sao lưu chứa mục lạ \"{entry.FullName}\": có thể không phải tệp sao lưu của GiaVien.Cms.");
            }
        }

        if (manifest.Tables.FirstOrDefault(t => !read.ContainsKey(t)) is { } missing)
        {
            throw new TenantArchiveException($"Tệp sao lưu bị thiếu bảng \"{missing}\" mà tệp mô tả có liệt kê.");
        }

        return new ArchiveContents(manifest, TenantTables.Describe(model).Where(t => read.ContainsKey(t.Name))
            .Select(t => TranslationLinksOfOlderArchives.Complete(read[t.Name])).ToList(), media);
    }

    private static ArchiveManifest ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(ArchiveManifest.FileName)
            ?? throw new TenantArchiveException("Tệp này không phải tệp sao lưu trang thành viên của GiaVien.Cms (thiếu manifest.json).");
        ArchiveManifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize<ArchiveManifest>(stream, ArchiveJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new TenantArchiveException("Tệp mô tả manifest.json của bản sao lưu bị hỏng.", e);
        }

        if (manifest is null || manifest.Format != ArchiveManifest.FormatName)
        {
            throw new TenantArchiveException("Tệp này không phải tệp sao lưu trang thành viên của GiaVien.Cms.");
        }

        if (manifest.FormatVersion > ArchiveManifest.CurrentFormatVersion)
        {
            throw new TenantArchiveException($"Tệp sao lưu dùng định dạng phiên bản {manifest.FormatVersion}, mới hơn phiên bản hệ thống này đọc được ({ArchiveManifest.CurrentFormatVersion}).");
        }

        return manifest;
    }

    private static ArchiveTable ReadTable(ZipArchiveEntry entry, Dictionary<string, TenantTable> tables)
    {
        var name = entry.FullName[TenantExporter.TablesFolder.Length..];
        name = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^5] : name;
        if (!tables.TryGetValue(name, out var table))
        {
            throw new TenantArchiveException($"Tệp sao lưu chứa bảng \"{name}\" mà hệ thống không có.");
        }

        try
        {
            using var stream = entry.Open();
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var columns = root.GetProperty("columns").EnumerateArray()
                .Select(c => table.Find(c.GetString() ?? "") ?? throw new TenantArchiveException($"Bảng \"{name}\" trong tệp sao lưu có cột lạ \"{c}\"."))
                .ToList();
            var rows = new List<object?[]>();
            foreach (var row in root.GetProperty("rows").EnumerateArray())
            {
                var values = row.EnumerateArray().ToList();
                if (values.Count != columns.Count)
                {
                    throw new TenantArchiveException($"Bảng \"{name}\", dòng {rows.Count + 1}: số giá trị không khớp số cột.");
                }

                rows.Add(values.Select((v, i) => ParseValue(v, columns[i], name, rows.Count + 1)).ToArray());
            }

            return new ArchiveTable(table, columns, rows);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TenantArchiveException($"Bảng \"{name}\" trong tệp sao lưu bị hỏng hoặc sai định dạng.", e);
        }
    }

    private static object? ParseValue(JsonElement value, TenantColumn column, string table, int row)
    {
        try
        {
            return ColumnValues.Parse(value, column.StoreType, column.IsNullable);
        }
        catch (FormatException e)
        {
            throw new TenantArchiveException($"Bảng \"{table}\", dòng {row}, cột \"{column.Name}\": {e.Message}.", e);
        }
    }

    /// <summary>Refuses anything but a media path (which can leave neither the media folder nor the tenant's key prefix), and reads the entry to the end so a damaged one fails its CRC check now.</summary>
    private static string CheckMedia(ZipArchiveEntry entry)
    {
        var relative = entry.FullName[TenantExporter.MediaFolder.Length..];
        if (!MediaPath.IsValidFile(relative))
        {
            throw new TenantArchiveException($"Tệp sao lưu chứa đường dẫn tệp không hợp lệ hoặc không an toàn \"{entry.FullName}\".");
        }

        try
        {
            using var stream = entry.Open();
            stream.CopyTo(Stream.Null);
        }
        catch (InvalidDataException e)
        {
            throw new TenantArchiveException($"Tệp \"{entry.FullName}\" trong bản sao lưu bị hỏng.", e);
        }

        return entry.FullName;
    }
}
