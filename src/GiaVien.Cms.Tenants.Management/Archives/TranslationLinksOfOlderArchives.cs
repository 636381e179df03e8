using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>
/// An archive taken before content rows had a <c>TranslationOf</c> column still carries each translation's link to its
/// original in the row's JSON (LocalizationPart). The column is filled from it, as saving the item would fill it, so an
/// English page imported from such an archive still points at its Vietnamese original.
/// </summary>
public static class TranslationLinksOfOlderArchives
{
    public static ArchiveTable Complete(ArchiveTable table)
    {
        var link = table.Table.Columns.FirstOrDefault(c => IsContentItem(c, nameof(ContentItemRecord.TranslationOf)));
        var dataIndex = table.Columns.ToList().FindIndex(c => IsContentItem(c, nameof(ContentItemRecord.Data)));
        if (link is null || table.Columns.Contains(link) || dataIndex < 0)
        {
            return table;
        }

        var rows = table.Rows.Select(row => row.Append(LinkOf(row[dataIndex] as string)).ToArray()).ToList();
        return table with { Columns = [.. table.Columns, link], Rows = rows };
    }

    private static bool IsContentItem(TenantColumn column, string property) =>
        column.Property.DeclaringType.ClrType == typeof(ContentItemRecord) && column.Property.Name == property;

    private static string? LinkOf(string? data)
    {
        try
        {
            return data is null ? null : LocalizationPart.From(JsonNode.Parse(data)?[LocalizationPart.PartName] as JsonObject).TranslationOf;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // JSON the site itself could not read as an item links nothing; the row is imported as archived.
            return null;
        }
    }
}
