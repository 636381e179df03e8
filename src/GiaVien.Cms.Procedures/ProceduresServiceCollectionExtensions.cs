using GiaVien.Cms.Procedures.Import;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Procedures;

public static class ProceduresServiceCollectionExtensions
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddFeature(ProceduresFeature.Descriptor);
        services.AddScoped<ProcedureImportPreview>();
        services.AddScoped<ProcedureImporter>();
        services.AddSingleton<ProcedureImportPayload>();
        return services;
    }
}
