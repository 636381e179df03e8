using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Search;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddFeature(DocumentsFeature.Descriptor);
        services.AddSingleton<DocumentTextExtraction>();
        services.AddSingleton<Search.DocumentSearchText>();
        services.AddSingleton<ReadFileReindexing>();
        services.AddContentIndexContributor<Search.DocumentFileTextContributor>();
        services.AddHostedService<ExtractionWorker>();
        services.AddSingleton<Tenants.IShellActivation, PendingExtractionsResumption>();
        services.AddAdminMenuLink(new("Tệp văn bản", "admin/van-ban", 20));
        return services;
    }
}
