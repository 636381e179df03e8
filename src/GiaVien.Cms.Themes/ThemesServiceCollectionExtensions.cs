using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Themes;

public static class ThemesServiceCollectionExtensions
{
    public static IServiceCollection AddThemes(this IServiceCollection services)
    {
        services.AddOptions<ThemesOptions>().BindConfiguration("Cms:Themes");
        services.AddSingleton<Guard.OverrideOutputGuard>();
        services.AddSingleton<ThemeRenderer>();
        services.AddSingleton<ThemeAssets>();
        services.AddScoped<ThemeTemplateStore>();
        return services;
    }
}
