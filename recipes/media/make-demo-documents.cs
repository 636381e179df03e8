#:package PdfPig
#:package DocumentFormat.OpenXml

// Writes the demo recipes' documents (invented, not copied from real ones) next to this script: a decision as a
// PDF and a plan as a Word file. Each holds a sentence that appears nowhere else in the recipes, so a search for it
// shows that the files' own text is indexed. Run it again after a change:  dotnet run recipes/media/make-demo-documents.cs
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

var folder = Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "make-demo-documents.cs"))!;

var pdf = new PdfDocumentBuilder();
var font = pdf.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
var page = pdf.AddPage(595, 842);
string[] decision =
[
    "ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Số: 125/QĐ-UBND                                        Độc lập - Tự do - Hạnh phúc",
    "",
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt kế hoạch nạo vét kênh mương nội đồng vụ Xuân năm 2024",
    "",
    "Điều 1. Phê duyệt kế hoạch nạo vét 14 tuyến kênh cấp III trên địa bàn các xã",
    "Gia Hòa, Gia Hưng, Gia Phú với tổng chiều dài khoảng 18 km.",
    "Điều 2. Ưu tiên nạo vét tuyến kênh dẫn nước qua cánh đồng sen Đầm Cút",
    "trước ngày 15 tháng 01 năm 2024 để kịp lấy nước đổ ải.",
    "Điều 3. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp UBND các xã",
    "tổ chức thực hiện; kinh phí từ nguồn hỗ trợ sản xuất lúa năm 2024.",
    "",
    "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
];
for (var i = 0; i < decision.Length; i++)
{
    page.AddText(decision[i], 10, new PdfPoint(40, 790 - i * 20), font);
}

File.WriteAllBytes(Path.Combine(folder, "quyet-dinh-125-qd-ubnd.pdf"), pdf.Build());

using (var word = WordprocessingDocument.Create(Path.Combine(folder, "ke-hoach-ve-sinh-moi-truong-gia-hoa.docx"), WordprocessingDocumentType.Document))
{
    var main = word.AddMainDocumentPart();
    string[] plan =
    [
        "ỦY BAN NHÂN DÂN XÃ GIA HÒA",
        "Số: 42/KH-UBND",
        "KẾ HOẠCH",
        "Tổng vệ sinh môi trường đón Tết Nguyên đán Giáp Thìn năm 2024",
        "1. Mỗi thôn tổ chức ít nhất hai buổi ra quân thu gom rác thải dọc đường làng, ngõ xóm.",
        "2. Hội Phụ nữ xã vận động các hộ phân loại rác tại nguồn và trồng hàng rào hoa mười giờ trước cổng nhà.",
        "3. Đoàn Thanh niên nhận chăm sóc tuyến đường hoa ven đê sông Hoàng Long.",
    ];
    main.Document = new W.Document(new W.Body(plan.Select(p => new W.Paragraph(new W.Run(new W.Text(p))))));
}
