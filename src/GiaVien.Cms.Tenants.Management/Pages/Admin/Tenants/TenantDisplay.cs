using System.Globalization;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>How tenant facts read in the Vietnamese administration.</summary>
public static class TenantDisplay
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string State(TenantRecord tenant) => tenant.RetiredInto is { } target
        ? $"Đã sáp nhập vào {target}"
        : tenant.State switch
        {
            TenantState.Uninitialized => "Chưa khởi tạo",
            TenantState.Initializing => "Đang khởi tạo",
            TenantState.Running => "Đang hoạt động",
            TenantState.Disabled => "Tạm ngừng hoạt động",
            _ => tenant.State.ToString(),
        };

    public static string Addresses(TenantRecord tenant)
    {
        if (tenant.IsDefault)
        {
            return "/ (địa chỉ gốc)";
        }

        var prefix = tenant.UrlPrefix is null ? "" : "/" + tenant.UrlPrefix;
        return tenant.HostNames.Count == 0 ? prefix : string.Join(", ", tenant.HostNames.Select(h => h + prefix));
    }

    public static string Date(DateTime? utc) =>
        utc is { } value ? VietnameseDates.ToVietnamTime(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToString("dd/MM/yyyy HH:mm", Vietnamese) : "—";

    public static string Size(long? bytes) => bytes switch
    {
        null => "—",
        < 1024 * 1024 => (bytes.Value / 1024.0).ToString("N0", Vietnamese) + " KB",
        _ => (bytes.Value / 1024.0 / 1024.0).ToString("N1", Vietnamese) + " MB",
    };

    public static string Number(int? value) => value?.ToString("N0", Vietnamese) ?? "—";
}
