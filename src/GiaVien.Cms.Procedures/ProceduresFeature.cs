using GiaVien.Cms.Recipes.Migrations;
using GiaVien.Cms.Tenants.Features;

namespace GiaVien.Cms.Procedures;

/// <summary>
/// "Thủ tục hành chính": the procedure type of <c>recipes/thu-tuc-hanh-chinh.recipe.json</c>, listed at
/// <c>/thu-tuc-hanh-chinh</c> and filled from the province's spreadsheets by the import page.
/// </summary>
public static class ProceduresFeature
{
    public const string Id = "procedures";
    public const string ContentType = "ThuTucHanhChinh";
    public const string Part = "ThuTucHanhChinhPart";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Thủ tục hành chính",
        "Công bố thủ tục hành chính (lĩnh vực, trình tự, hồ sơ, phí, mẫu đơn, nút “Nộp hồ sơ trực tuyến”) tại /thu-tuc-hanh-chinh và nhập danh mục thủ tục từ bảng tính Excel.")
    {
        Recipe = "thu-tuc-hanh-chinh",
        ContentTypes = [ContentType],
        // Version 1 is the host's menu item (see AddProcedures). The picker of Văn bản came after the first tenants
        // switched procedures on: version 2 gives it to them.
        Migrations = [new AddRecipeFieldMigration(2, "thu-tuc-hanh-chinh", Part, "LegalDocuments")],
    };
}
