using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Settings;

/// <summary>The tenant's own site settings (name, banner, contact details, colour, sharing with the district).</summary>
public sealed partial class IndexModel(SiteSettingsStore settings, CmsDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Name, string Label)> Fields =
    [
        (SiteSettingNames.SiteName, "Tên trang"),
        (SiteSettingNames.BannerText, "Dòng chữ trên ảnh đầu trang"),
        (SiteSettingNames.ResponsiblePerson, "Người chịu trách nhiệm"),
        (SiteSettingNames.Address, "Địa chỉ"),
        (SiteSettingNames.Phone, "Điện thoại"),
        (SiteSettingNames.Email, "Thư điện tử"),
        (SiteSettingNames.PrimaryColor, "Màu chủ đạo (ví dụ #a50e0e)"),
        (SiteSettingNames.ShareNewsWithDistrict, "Chia sẻ tin bài với trang của huyện"),
    ];

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public bool Saved { get; private set; }

    public string? ValueOf(string name) => Values.GetValueOrDefault(name);

    public async Task OnGetAsync() =>
        Values = (await settings.GetAsync(HttpContext.RequestAborted)).ToDictionary(p => p.Key, p => (string?)p.Value);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(ValueOf(SiteSettingNames.SiteName)))
        {
            ModelState.AddModelError("", "Tên trang không được để trống.");
        }

        if (ValueOf(SiteSettingNames.PrimaryColor) is { Length: > 0 } color && !Colour().IsMatch(color))
        {
            ModelState.AddModelError("", "Màu chủ đạo phải có dạng #rrggbb, ví dụ #a50e0e.");
        }

        foreach (var error in new[] { ContactDetails.EmailError(ValueOf(SiteSettingNames.Email)), ContactDetails.PhoneError(ValueOf(SiteSettingNames.Phone)) }.OfType<string>())
        {
            ModelState.AddModelError("", error);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        foreach (var (name, _) in Fields)
        {
            await settings.StageAsync(name, (ValueOf(name) ?? "").Trim().Normalize(), HttpContext.RequestAborted);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Saved = true;
        return Page();
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
