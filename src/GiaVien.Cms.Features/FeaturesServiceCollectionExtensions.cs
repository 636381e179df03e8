using GiaVien.Cms.Recipes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Features;

public static class FeaturesServiceCollectionExtensions
{
    public const string AuditEnabled = "FeatureEnabled";
    public const string AuditDisabled = "FeatureDisabled";

    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddSingleton<FeatureRecords>();
        services.AddSingleton<TenantFeatures>();
        services.AddRecipeStep<FeaturesRecipeStep>();
        services.AddSingleton<IHiddenContentTypes, DisabledFeatureTypes>();
        services.AddSingleton<Tenants.IShellActivation, PendingFeatureMigrations>();
        services.AddAdminMenuLink(new("Tính năng", "admin/features", 90), Roles.AllPermissions);
        return services;
    }
}
