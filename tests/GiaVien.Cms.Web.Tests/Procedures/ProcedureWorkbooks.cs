using GiaVien.Cms.Procedures.Import;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>Spreadsheets as a commune receives them: the template's headers and one procedure a row.</summary>
public static class ProcedureWorkbooks
{
    /// <summary>A row of the template's columns; null keeps a cell empty.</summary>
    public static string?[] Row(string code, string title, string sector = "Hộ tịch", string level = "Cấp xã", string? portalUrl = null, string? onlineLevel = null, string fees = "Miễn lệ phí.") =>
        [code, title, sector, level, "UBND xã Gia Phong", "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.", "Trực tiếp.", "Tờ khai theo mẫu.", "03 ngày làm việc.", fees, "Luật Hộ tịch năm 2014.", onlineLevel, portalUrl];

    public static byte[] Create(params string?[][] rows) => WithHeaders(ProcedureColumns.All.Select(c => c.Header).ToArray(), rows);

    /// <summary>A workbook as the national database exports it: every value (codes such as 1.001193 too) is text.</summary>
    public static byte[] WithHeaders(string[] headers, params string?[][] rows) =>
        XlsxWorkbookWriter.Write([new XlsxSheet("Danh mục", [headers, .. rows], [], HasHeader: false)]);
}
