using GiaVien.Cms.Tenants.Features;

namespace GiaVien.Cms.Visits;

/// <summary>"Lượt truy cập": off until a tenant's administrator (or a recipe) switches it on.</summary>
public static class VisitsFeature
{
    public const string Id = "visits";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Lượt truy cập",
        "Đếm lượt xem các trang công khai theo ngày (không dùng cookie, không lưu địa chỉ IP hay thông tin người xem), hiện “Lượt truy cập: hôm nay … · tổng …” ở chân trang và thêm khối “Đọc nhiều” vào cột bên của trang bài viết (khối này chỉ hiện khi tính năng đang bật).")
    {
        Migrations = [new MostReadSidebarMigration(1)],
    };
}
