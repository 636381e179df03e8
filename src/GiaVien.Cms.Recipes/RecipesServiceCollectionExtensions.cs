using GiaVien.Cms.Recipes.Steps;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes;

public static class RecipesServiceCollectionExtensions
{
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        services.AddOptions<RecipesOptions>().BindConfiguration("Cms");
        services.AddOptions<SetupOptions>().BindConfiguration("Cms:Setup");
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<TenantSetup>();
        services.AddSingleton<RunningTenantRecipes>();
        services.AddScoped<AdminTenantChoice>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<TenantsStep>();
        services.AddAdminMenuLink(new("Áp dụng công thức", "admin/recipes", 91), Roles.AllPermissions);
        return services;
    }

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddSingleton<IRecipeStep, TStep>();
}
