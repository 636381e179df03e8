using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>
/// One worksheet to write: its rows of text (null leaves a cell empty), the widths of its first columns in characters
/// and whether the first row is a header (bold and frozen while scrolling). Other rows wrap their text.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<double> ColumnWidths, bool HasHeader);

/// <summary>
/// Writes small all-text workbooks with the Open XML SDK. Every value is an inline string, so codes such as 1.001193
/// stay text in Excel instead of turning into numbers.
/// </summary>
public static class XlsxWorkbookWriter
{
    private const uint BoldStyle = 1;
    private const uint WrapStyle = 2;

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetList = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = Worksheet(sheets[i]);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(sheetPart) });
            }

            workbookPart.Workbook = new Workbook(sheetList);
        }

        return output.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var worksheet = new Worksheet();
        if (sheet.HasHeader)
        {
            var pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
            worksheet.Append(new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }));
        }

        if (sheet.ColumnWidths.Count > 0)
        {
            worksheet.Append(new Columns(sheet.ColumnWidths.Select((width, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        }

        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var style = sheet.HasHeader && r == 0 ? BoldStyle : WrapStyle;
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                if (sheet.Rows[r][c] is { } value)
                {
                    row.Append(new Cell
                    {
                        CellReference = ColumnLetters(c + 1) + (r + 1),
                        DataType = CellValues.InlineString,
                        StyleIndex = style,
                        InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>The default font and a bold one; the two fills Excel requires; plain, bold and wrapping cell formats.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));

    /// <summary>The letters of a 1-based column (3 → "C", 28 → "AB").</summary>
    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + (column - 1) % 26) + letters;
        }

        return letters;
    }
}
