using System.Globalization;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Data.Text;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Themes.Admin.Pages.Admin.Theme;

/// <summary>Giao diện: the tenant's branding (name, banner, logo, primary colour, footer); the main menu has its own editor (<c>/admin/menu</c>).</summary>
[AdminPermission(Roles.ManageTheme)]
public sealed class IndexModel(SiteSettingsStore settings, CmsDbContext db, MediaLibrary media) : PageModel
{
    private static readonly string[] Fields =
    [
        SiteSettingNames.SiteName, SiteSettingNames.BannerText, SiteSettingNames.LogoPath, SiteSettingNames.PrimaryColor,
        SiteSettingNames.ResponsiblePerson, SiteSettingNames.Address, SiteSettingNames.Phone, SiteSettingNames.Email,
    ];

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public List<string> Errors { get; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        var stored = await settings.GetAsync(HttpContext.RequestAborted);
        Values = Fields.ToDictionary(f => f, f => stored.GetValueOrDefault(f));
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var color = Values.GetValueOrDefault(SiteSettingNames.PrimaryColor)?.Trim();
        if (!string.IsNullOrEmpty(color))
        {
            if (ColorContrast.Normalize(color) is not { } normalized)
            {
                Errors.Add("Màu chủ đạo phải có dạng #RRGGBB, ví dụ #a50e0e.");
            }
            else if (ColorContrast.RatioToWhite(normalized) is var ratio && ratio < ColorContrast.MinimumRatio)
            {
                Errors.Add($"Màu chủ đạo {normalized} chỉ đạt độ tương phản {ratio.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN"))}:1 với chữ trắng; "
                    + "cần tối thiểu 4,5:1 (WCAG 2.1 mức AA). Hãy chọn màu đậm hơn.");
            }
            else
            {
                Values[SiteSettingNames.PrimaryColor] = normalized;
            }
        }

        await CheckLogoAsync();
        Errors.AddRange(new[] { ContactDetails.EmailError(Values.GetValueOrDefault(SiteSettingNames.Email)), ContactDetails.PhoneError(Values.GetValueOrDefault(SiteSettingNames.Phone)) }.OfType<string>());
        if (string.IsNullOrWhiteSpace(Values.GetValueOrDefault(SiteSettingNames.SiteName)))
        {
            Errors.Add("Tên đơn vị không được để trống.");
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        foreach (var field in Fields)
        {
            await settings.StageAsync(field, Values.GetValueOrDefault(field)?.Trim() ?? "", HttpContext.RequestAborted);
        }

        // Saving settings drops the tenant's cached pages (the save is seen by the public-changes interceptor).
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }

    /// <summary>
    /// The logo must be an image of this tenant's own library: a path elsewhere (another tenant's media, another site)
    /// would put content the tenant does not control in its header. It is stored as the library path.
    /// </summary>
    private async Task CheckLogoAsync()
    {
        var path = Values.GetValueOrDefault(SiteSettingNames.LogoPath)?.Trim().TrimStart('/');
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (await media.FindAsync(path, HttpContext.RequestAborted) is not { Kind: MediaKind.Image })
        {
            Errors.Add($"Biểu trưng “{BidiControls.Strip(path)}” không phải là một ảnh trong thư viện tệp của đơn vị. Hãy tải ảnh lên thư viện rồi nhập đường dẫn của ảnh (ví dụ bieu-trung/logo.png), hoặc để trống.");
            return;
        }

        Values[SiteSettingNames.LogoPath] = path;
    }
}
