using ClosedXML.Excel;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>
/// The sample workbook offered on the import page, made from <see cref="ProcedureColumns"/> so it cannot drift from
/// what the import reads: the sheet "Thủ tục" with the headers and one example row, and "Hướng dẫn" explaining each column.
/// </summary>
public static class ProcedureTemplate
{
    public const string FileName = "mau-nhap-thu-tuc-hanh-chinh.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Example =
    [
        "1.001193",
        "Thủ tục đăng ký khai sinh",
        "Hộ tịch",
        "Cấp xã",
        "UBND xã",
        "Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận một cửa của UBND xã.\nBước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ.\nBước 3: Chủ tịch UBND xã ký Giấy khai sinh và trả kết quả.",
        "Trực tiếp tại Bộ phận một cửa; trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "Tờ khai đăng ký khai sinh theo mẫu.\nGiấy chứng sinh hoặc giấy tờ thay thế.",
        "Ngay trong ngày làm việc.",
        "Miễn lệ phí khi đăng ký đúng hạn.",
        "Luật Hộ tịch năm 2014.\nNghị định số 123/2015/NĐ-CP.",
        "Toàn trình",
        "https://dichvucong.gov.vn/",
    ];

    public static byte[] Create()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Thủ tục");
        for (var i = 0; i < ProcedureColumns.All.Count; i++)
        {
            var header = sheet.Cell(1, i + 1);
            header.Value = ProcedureColumns.All[i].Header;
            header.Style.Font.Bold = true;
            sheet.Cell(2, i + 1).SetValue(Example[i]);
            sheet.Column(i + 1).Width = i < 5 ? 22 : 40;
        }

        sheet.Row(2).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);

        var guide = workbook.AddWorksheet("Hướng dẫn");
        string[] headers = ["Cột", "Bắt buộc", "Cách điền"];
        for (var i = 0; i < headers.Length; i++)
        {
            guide.Cell(1, i + 1).Value = headers[i];
            guide.Cell(1, i + 1).Style.Font.Bold = true;
        }

        for (var i = 0; i < ProcedureColumns.All.Count; i++)
        {
            var column = ProcedureColumns.All[i];
            guide.Cell(i + 2, 1).Value = column.Header;
            guide.Cell(i + 2, 2).Value = column.Required ? "Có" : "Không";
            guide.Cell(i + 2, 3).Value = column.Description;
        }

        guide.Column(1).Width = 26;
        guide.Column(3).Width = 90;
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
