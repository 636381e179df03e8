using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddFeature(DocumentsFeature.Descriptor);
        services.AddSingleton<DocumentTextExtraction>();
        services.AddSingleton<Search.DocumentSearchText>();
        services.AddHostedService<ExtractionWorker>();
        return services;
    }
}
