using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GiaVien.Cms.Procedures.Import;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>
/// Workbooks saved the way Excel saves them (shared strings, rich text, numbers, blank rows above the headers),
/// not only the inline strings our own writer produces.
/// </summary>
public sealed class ProcedureSpreadsheetTests
{
    [Fact]
    public void A_workbook_saved_by_excel_is_read_with_its_shared_strings_numbers_and_row_numbers()
    {
        string[] headers = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Phí, lệ phí"];
        var strings = headers.Select(h => new SharedStringItem(new Text(h))).ToList();
        // Rich text in one cell, as Excel stores a name with a bold word: the runs join into one value.
        strings.Add(new SharedStringItem(new Run(new Text("Đăng ký ")), new Run(new RunProperties(new Bold()), new Text("khai sinh"))));
        string[] cells = ["Hộ tịch", "Cấp xã", "UBND xã Gia Phong"];
        strings.AddRange(cells.Select(s => new SharedStringItem(new Text(s))));

        var headerRow = new Row { RowIndex = 3 };
        for (var c = 0; c < headers.Length; c++)
        {
            headerRow.Append(Shared($"{(char)('A' + c)}3", c));
        }

        // The code typed into a General cell becomes a number; the fee is a plain number in column F.
        var procedureRow = new Row(
            new Cell { CellReference = "A5", CellValue = new CellValue("1.001193") },
            Shared("B5", headers.Length), Shared("C5", headers.Length + 1), Shared("D5", headers.Length + 2), Shared("E5", headers.Length + 3),
            new Cell { CellReference = "F5", DataType = CellValues.Number, CellValue = new CellValue("20000") }) { RowIndex = 5 };

        var sheet = ProcedureSpreadsheet.Read(new MemoryStream(ExcelStyleWorkbook(strings, headerRow, procedureRow)));

        Assert.Empty(sheet.Errors);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(5, row.RowNumber);
        Assert.Equal("1.001193", row.Code);
        Assert.Equal("Đăng ký khai sinh", row.Values[ProcedureColumns.TitleField]);
        Assert.Equal("UBND xã Gia Phong", row.Values["Agency"]);
        Assert.Equal("20000", row.Values["Fees"]);
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static byte[] ExcelStyleWorkbook(List<SharedStringItem> strings, params Row[] rows)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(new SheetData(rows));
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
        }

        return output.ToArray();
    }
}
