using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Creates and sets up tenants through the same services the district administration uses.</summary>
public static class TenantFactory
{
    public static RecipeParameters Parameters => new(new Dictionary<string, string>
    {
        ["AdminUserName"] = CmsHost.AdminUserName,
        ["AdminPassword"] = CmsHost.AdminPassword,
        ["AdminEmail"] = "",
    });

    /// <summary>A unique tenant name for one test, so tests sharing a host never collide.</summary>
    public static string UniqueName(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..6]}";

    public static async Task CreateAsync(CmsHost host, TenantSpec spec, string recipe = "giavien-commune")
    {
        await host.Registry.CreateAsync(spec with { RecipeName = recipe });
        await host.Services.GetRequiredService<TenantSetup>().SetupAsync(spec.Name, recipe, Parameters);
    }
}
