using System.IO.Compression;
using ClosedXML.Excel;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>What was read from an uploaded workbook: its data rows, or the reasons it cannot be used at all.</summary>
public sealed record ProcedureSheet(IReadOnlyList<ProcedureRow> Rows, IReadOnlyList<string> Errors);

/// <summary>
/// Reads the first worksheet of an XLSX file: the first used row holds the headers (<see cref="ProcedureColumns"/>),
/// each following non-empty row is a procedure. The file is checked as a zip archive before ClosedXML opens it, so a
/// small upload cannot unpack into gigabytes.
/// </summary>
public static class ProcedureSpreadsheet
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const long MaxUnpackedBytes = 60 * 1024 * 1024;
    // The refusal below spells it the Vietnamese way (1.000).
    public const int MaxRows = 1000;

    public static ProcedureSheet Read(Stream xlsx)
    {
        using var copy = new MemoryStream();
        xlsx.CopyTo(copy);
        if (ArchiveProblem(copy) is { } problem)
        {
            return Refused(problem);
        }

        copy.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(copy);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException or IOException)
        {
            return Refused("Không đọc được bảng tính: tệp không phải tệp Excel (.xlsx) hợp lệ.");
        }

        using (workbook)
        {
            return ReadSheet(workbook.Worksheets.First());
        }
    }

    private static ProcedureSheet ReadSheet(IXLWorksheet sheet)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return Refused("Bảng tính không có dữ liệu.");
        }

        var headerRow = used.FirstRow();
        var columns = new Dictionary<int, ProcedureColumn>();
        foreach (var cell in headerRow.Cells())
        {
            var header = ProcedureColumns.Normalize(cell.GetFormattedString());
            if (ProcedureColumns.All.FirstOrDefault(c => ProcedureColumns.Normalize(c.Header) == header) is { } column && !columns.ContainsValue(column))
            {
                columns[cell.Address.ColumnNumber] = column;
            }
        }

        var missing = ProcedureColumns.All.Where(c => c.Required && !columns.ContainsValue(c)).Select(c => $"“{c.Header}”").ToList();
        if (missing.Count > 0)
        {
            return Refused($"Dòng tiêu đề (dòng {headerRow.RowNumber()}) thiếu cột bắt buộc: {string.Join(", ", missing)}. Hãy dùng bảng tính mẫu.");
        }

        var rows = new List<ProcedureRow>();
        foreach (var row in used.Rows().Skip(1))
        {
            var values = columns.ToDictionary(c => c.Value.Field, c => Cell(row.Cell(c.Key - used.FirstColumn().ColumnNumber() + 1)), StringComparer.Ordinal);
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return Refused("Bảng tính có hơn 1.000 thủ tục; hãy chia thành nhiều tệp.");
            }

            rows.Add(new ProcedureRow(row.RowNumber(), values));
        }

        return rows.Count == 0 ? Refused("Bảng tính chỉ có dòng tiêu đề, chưa có thủ tục nào.") : new ProcedureSheet(rows, []);
    }

    /// <summary>The cell as the sheet shows it, NFC, with Windows line breaks made plain and outer spaces trimmed.</summary>
    private static string Cell(IXLCell cell) =>
        cell.GetFormattedString().Replace("\r\n", "\n", StringComparison.Ordinal).Normalize().Trim();

    private static string? ArchiveProblem(MemoryStream file)
    {
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000 || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return "Bảng tính quá lớn khi giải nén; hãy chia thành nhiều tệp.";
            }

            return zip.GetEntry("xl/workbook.xml") is null ? "Tệp không phải bảng tính Excel (.xlsx)." : null;
        }
        catch (InvalidDataException)
        {
            return "Tệp không phải bảng tính Excel (.xlsx) hợp lệ.";
        }
    }

    private static ProcedureSheet Refused(string error) => new([], [error]);
}
