using GiaVien.Cms.Procedures.Import;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Procedures;

public static class ProceduresServiceCollectionExtensions
{
    /// <summary>
    /// The feature and its import. <paramref name="siteMigrations"/> are what the host adds to the feature for the site
    /// it composes (the main menu's item), which this module cannot reach.
    /// </summary>
    public static IServiceCollection AddProcedures(this IServiceCollection services, params IFeatureMigration[] siteMigrations)
    {
        services.AddFeature(ProceduresFeature.Descriptor with { Migrations = [.. ProceduresFeature.Descriptor.Migrations, .. siteMigrations] });
        services.AddScoped<ProcedureImportPreview>();
        services.AddScoped<ProcedureImporter>();
        services.AddSingleton<ProcedureImportPayload>();
        return services;
    }
}
