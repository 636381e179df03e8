using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>Creates a tenant: its name and addresses are claimed at once, its recipe runs in the background.</summary>
[AdminPermission(Roles.ManageTenants)]
public sealed class CreateModel(
    TenantProvisioning provisioning,
    SetupRecipes recipes,
    PasswordLinks passwordLinks,
    IOptions<UsersOptions> usersOptions,
    IOptions<DatabaseOptions> databaseOptions,
    PublicOrigins origins,
    NodeTopology topology) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? UrlPrefix { get; set; }
    [BindProperty] public string? HostNames { get; set; }
    [BindProperty] public DatabaseProvider? DatabaseProvider { get; set; }
    [BindProperty] public string? Recipe { get; set; } = "giavien-commune";
    [BindProperty] public string? AdminUserName { get; set; } = "quantri";
    [BindProperty] public string? AdminEmail { get; set; }
    [BindProperty] public string? AdminPassword { get; set; }
    [BindProperty] public bool UseSetupLink { get; set; }

    public IReadOnlyList<RecipeDescriptor> Recipes => recipes.List();

    public bool PostgreSqlAvailable => !string.IsNullOrWhiteSpace(databaseOptions.Value.PostgreSqlConnectionString);

    /// <summary>On several nodes only PostgreSQL is accepted (the registry refuses SQLite); the form says so up front.</summary>
    public bool SeveralNodes => topology.SeveralNodes;

    public TenantRecord? Created { get; private set; }

    public string? SetupLink { get; private set; }

    // The configured provider is the one this installation is meant to use: preselected, never a silent first option.
    public void OnGet() => DatabaseProvider = databaseOptions.Value.Provider;

    public async Task<IActionResult> OnPostAsync()
    {
        ValidateAdministrator();
        if (!recipes.IsChoice(Recipe))
        {
            ModelState.AddModelError(nameof(Recipe), "Hãy chọn một công thức khởi tạo trong danh sách.");
        }

        if (DatabaseProvider == Data.Tenants.DatabaseProvider.PostgreSql && !PostgreSqlAvailable)
        {
            ModelState.AddModelError(nameof(DatabaseProvider), "Hệ thống chưa cấu hình PostgreSQL.");
        }

        if (!ModelState.IsValid)
        {
            return Invalid(StatusCodes.Status400BadRequest);
        }

        var password = UseSetupLink ? PasswordLinks.NewSecret() : AdminPassword!;
        var spec = new TenantSpec((Name ?? "").Trim(), DisplayName ?? "", string.IsNullOrWhiteSpace(UrlPrefix) ? null : UrlPrefix.Trim(),
            TenantForm.SplitHosts(HostNames), Recipe, DatabaseProvider);
        var parameters = new RecipeParameters(new Dictionary<string, string>
        {
            ["AdminUserName"] = AdminUserName!.Trim(),
            ["AdminPassword"] = password,
            ["AdminEmail"] = AdminEmail?.Trim() ?? "",
        });
        try
        {
            Created = await provisioning.CreateAsync(spec, parameters, HttpContext.RequestAborted);
        }
        catch (TenantException e)
        {
            ModelState.AddModelError(TenantForm.FieldOf(e), e.Message);
            return Invalid(e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        if (UseSetupLink)
        {
            var token = passwordLinks.CreateToken(Created.Name, AdminUserName.Trim(), password);
            SetupLink = origins.Absolute(Created, Request, "admin/set-password?token=" + Uri.EscapeDataString(token));
        }

        return Page();
    }

    private void ValidateAdministrator()
    {
        if (UserService.ValidateUserName(AdminUserName) is { } nameError)
        {
            ModelState.AddModelError(nameof(AdminUserName), nameError);
        }

        if (ContactDetails.EmailError(AdminEmail) is { } emailError)
        {
            ModelState.AddModelError(nameof(AdminEmail), emailError);
        }

        var minimum = usersOptions.Value.MinimumPasswordLength;
        if (!UseSetupLink && (AdminPassword is null || AdminPassword.Length < minimum))
        {
            ModelState.AddModelError(nameof(AdminPassword), $"Mật khẩu cần có ít nhất {minimum} ký tự (hoặc chọn tạo liên kết đặt mật khẩu).");
        }
    }

    private PageResult Invalid(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
