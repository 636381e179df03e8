using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Web.Site.Branding;

namespace GiaVien.Cms.Web.Site.Questions;

/// <summary>
/// "Hỏi đáp": the published questions and answers (type "HoiDap" of <c>recipes/hoi-dap.recipe.json</c>, listed by lĩnh vực
/// at <c>/hoi-dap</c>), the residents' form at <c>/hoi-dap/gui-cau-hoi</c>, the queue at <c>/admin/hoi-dap</c>, and a
/// menu link.
/// </summary>
public static class QuestionsFeature
{
    public const string Id = "questions";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Hỏi đáp",
        "Người dân gửi câu hỏi tại /hoi-dap/gui-cau-hoi; cán bộ giao đơn vị, trả lời (gửi thư cho người hỏi) và công khai câu trả lời tại /hoi-dap.")
    {
        Recipe = "hoi-dap",
        ContentTypes = [HoiDapType.TypeName],
        Migrations = [new AddMenuItemMigration(1, "Hỏi đáp", "/hoi-dap"), new GiaVien.Cms.Questions.GrantEditorPermissions(2)],
    };
}
