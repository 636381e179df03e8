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
        var procedures = new XlsxSheet(
            "Thủ tục",
            [ProcedureColumns.All.Select(c => c.Header).ToArray(), Example],
            ProcedureColumns.All.Select((_, i) => i < 5 ? 22.0 : 40.0).ToArray(),
            HasHeader: true);
        var guide = new XlsxSheet(
            "Hướng dẫn",
            [["Cột", "Bắt buộc", "Cách điền"], .. ProcedureColumns.All.Select(c => new[] { c.Header, c.Required ? "Có" : "Không", c.Description })],
            [26, 12, 90],
            HasHeader: true);
        return XlsxWorkbookWriter.Write([procedures, guide]);
    }
}
