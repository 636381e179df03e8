using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>What was read from an uploaded workbook: its data rows, or the reasons it cannot be used at all.</summary>
public sealed record ProcedureSheet(IReadOnlyList<ProcedureRow> Rows, IReadOnlyList<string> Errors);

/// <summary>
/// Reads the first worksheet of an XLSX file with the Open XML SDK: the first non-empty row holds the headers
/// (<see cref="ProcedureColumns"/>), each following non-empty row is a procedure. The file is checked as a zip archive
/// before the SDK opens it, so a small upload cannot unpack into gigabytes.
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
        try
        {
            using var document = SpreadsheetDocument.Open(copy, isEditable: false);
            return FirstSheetRows(document) is { } rows ? ReadRows(rows) : Refused("Bảng tính không có dữ liệu.");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or InvalidOperationException
                                      or ArgumentException or System.Xml.XmlException or IOException)
        {
            // The SDK parses parts lazily, so a broken sheet can surface while its rows are read, not only on open.
            return Refused("Không đọc được bảng tính: tệp không phải tệp Excel (.xlsx) hợp lệ.");
        }
    }

    /// <summary>The first worksheet's non-empty rows as (row number, column number → cell text), in sheet order.</summary>
    private static List<(int Number, Dictionary<int, string> Cells)>? FirstSheetRows(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart;
        var firstSheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbookPart is null || firstSheet?.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart sheetPart)
        {
            return null;
        }

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToList() ?? [];
        var rows = new List<(int, Dictionary<int, string>)>();
        var rowNumber = 0;
        foreach (var row in sheetPart.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            // Row and cell references are optional in the format: a missing one means "the next one".
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = new Dictionary<int, string>();
            var columnNumber = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                columnNumber = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : columnNumber + 1;
                var text = Clean(CellText(cell, sharedStrings));
                if (text.Length > 0)
                {
                    cells[columnNumber] = text;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add((rowNumber, cells));
            }
        }

        return rows.Count == 0 ? null : rows;
    }

    private static ProcedureSheet ReadRows(List<(int Number, Dictionary<int, string> Cells)> rows)
    {
        var header = rows[0];
        var columns = new Dictionary<int, ProcedureColumn>();
        foreach (var (columnNumber, text) in header.Cells.OrderBy(c => c.Key))
        {
            var normalized = ProcedureColumns.Normalize(text);
            if (ProcedureColumns.All.FirstOrDefault(c => ProcedureColumns.Normalize(c.Header) == normalized) is { } column && !columns.ContainsValue(column))
            {
                columns[columnNumber] = column;
            }
        }

        var missing = ProcedureColumns.All.Where(c => c.Required && !columns.ContainsValue(c)).Select(c => $"“{c.Header}”").ToList();
        if (missing.Count > 0)
        {
            return Refused($"Dòng tiêu đề (dòng {header.Number}) thiếu cột bắt buộc: {string.Join(", ", missing)}. Hãy dùng bảng tính mẫu.");
        }

        var procedures = new List<ProcedureRow>();
        foreach (var (number, cells) in rows.Skip(1))
        {
            var values = columns.ToDictionary(c => c.Value.Field, c => cells.GetValueOrDefault(c.Key, ""), StringComparer.Ordinal);
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }

            if (procedures.Count == MaxRows)
            {
                return Refused("Bảng tính có hơn 1.000 thủ tục; hãy chia thành nhiều tệp.");
            }

            procedures.Add(new ProcedureRow(number, values));
        }

        return procedures.Count == 0 ? Refused("Bảng tính chỉ có dòng tiêu đề, chưa có thủ tục nào.") : new ProcedureSheet(procedures, []);
    }

    /// <summary>
    /// The cell's text: shared and inline strings as written, booleans as Excel shows them, numbers without the
    /// binary noise of their stored form (a code typed as 1.001193 stays "1.001193"; number formats are not applied).
    /// </summary>
    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("G15", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The text of a plain or rich-text string, leaving out the phonetic hints East Asian Excel adds.</summary>
    private static string RichText(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    /// <summary>NFC, with Windows line breaks made plain and outer spaces trimmed.</summary>
    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize().Trim();

    /// <summary>The 1-based column of an A1 reference ("C7" → 3).</summary>
    private static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            number = number * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return number;
    }

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
