using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Web.Api;

/// <summary>The problem details (RFC 7807, Vietnamese) the content API answers with, shared by its reads and writes.</summary>
public static class ContentApiProblems
{
    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: Data.Text.BidiControls.Strip(detail), title: title, statusCode: status);

    public static IResult UnknownType(string type) =>
        Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Trang này không có loại nội dung \"{type}\".");

    public static IResult UnknownItem(ContentTypeDefinition type, string id) =>
        Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có nội dung \"{type.DisplayName}\" mang mã \"{id}\".");

    public static IResult Forbidden() =>
        Problem(StatusCodes.Status403Forbidden, "Không có quyền", "Tài khoản của mã truy cập này không được phép thực hiện thao tác này.");

    /// <summary>Errors by the path of the field they name ("ThongBaoPart.ExpiryDate"), each a full Vietnamese sentence.</summary>
    public static IResult FieldErrors(int status, IEnumerable<ContentError> errors, string detail) =>
        Results.ValidationProblem(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: detail, title: "Dữ liệu không hợp lệ", statusCode: status);
}
