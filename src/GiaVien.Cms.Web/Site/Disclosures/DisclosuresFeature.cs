using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Web.Site.Branding;

namespace GiaVien.Cms.Web.Site.Disclosures;

/// <summary>
/// "Công khai": the disclosure type of <c>recipes/cong-khai.recipe.json</c> (budget, programmes and projects, plans,
/// statistics; year, category and attachments), listed at <c>/cong-khai</c> with filters by year and category. All of
/// it is data and views: this descriptor, with its menu item, is its only code.
/// </summary>
public static class DisclosuresFeature
{
    public static FeatureDescriptor Descriptor { get; } = new("disclosures", "Công khai",
        "Công khai ngân sách, chương trình – dự án, quy hoạch – kế hoạch và số liệu thống kê theo năm, kèm tài liệu, tại /cong-khai.")
    {
        Recipe = "cong-khai",
        ContentTypes = ["CongKhai"],
        Migrations = [new AddMenuItemMigration(1, "Công khai", "/cong-khai")],
    };
}
