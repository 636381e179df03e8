using GiaVien.Cms.Tenants.Features;

namespace GiaVien.Cms.Documents;

/// <summary>"Văn bản": the documents library of <c>recipes/van-ban.recipe.json</c> at <c>/van-ban</c>.</summary>
public static class DocumentsFeature
{
    public const string Id = "documents";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Văn bản",
        "Thư viện văn bản (quyết định, nghị quyết, kế hoạch, công văn…) tại /van-ban: số ký hiệu, cơ quan ban hành, ngày ban hành và hiệu lực, tệp PDF, Word, Excel được đọc nội dung để tìm kiếm, văn bản liên quan, bộ lọc và RSS.")
    {
        Recipe = "van-ban",
        ContentTypes = [VanBanPart.TypeName],
    };
}
