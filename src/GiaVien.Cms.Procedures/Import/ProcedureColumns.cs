using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>One column of the import spreadsheet: its header and the field of the procedure type it fills.</summary>
/// <param name="Field">The field of <see cref="ProceduresFeature.Part"/>, or <see cref="ProcedureColumns.TitleField"/> for the name.</param>
public sealed record ProcedureColumn(string Header, string Field, bool Required, string Description);

/// <summary>
/// The columns the import understands, in the order of the template. Headers are matched ignoring case and extra
/// spaces; a column missing from a file leaves that field of existing procedures as it is.
/// </summary>
public static class ProcedureColumns
{
    public const string TitleField = BuiltInParts.Title;

    public static readonly ProcedureColumn Code = new("Mã thủ tục", "Code", true, "Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính (ví dụ 1.001193); nhập lại cùng mã sẽ cập nhật thủ tục.");

    public static IReadOnlyList<ProcedureColumn> All { get; } =
    [
        Code,
        new("Tên thủ tục", TitleField, true, "Tên đầy đủ của thủ tục."),
        new("Lĩnh vực", "Sector", true, "Một lĩnh vực có trong danh sách của kiểu nội dung (ví dụ Hộ tịch, Chứng thực)."),
        new("Cấp thực hiện", "Level", true, "Cấp xã, Cấp huyện hoặc Cấp tỉnh."),
        new("Cơ quan thực hiện", "Agency", true, "Ví dụ: UBND xã Gia Hòa."),
        new("Trình tự thực hiện", "Steps", false, "Mỗi bước một dòng (Alt+Enter trong ô)."),
        new("Cách thức thực hiện", "Methods", false, "Trực tiếp, qua bưu chính, trực tuyến…"),
        new("Thành phần hồ sơ", "Dossier", false, "Mỗi giấy tờ một dòng."),
        new("Thời hạn giải quyết", "ProcessingTime", false, "Ví dụ: 03 ngày làm việc."),
        new("Phí, lệ phí", "Fees", false, "Ví dụ: Miễn lệ phí."),
        new("Căn cứ pháp lý", "LegalBasis", false, "Mỗi văn bản một dòng."),
        new("Mức độ dịch vụ công", "OnlineLevel", false, "Toàn trình, Một phần, hoặc để trống."),
        new("Địa chỉ nộp trực tuyến", "PortalUrl", false, "Địa chỉ https://… của thủ tục trên Cổng Dịch vụ công quốc gia."),
    ];

    /// <summary>A header as compared: trimmed, inner spaces collapsed, lower case, NFC.</summary>
    public static string Normalize(string header) =>
        string.Join(' ', header.Normalize().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
