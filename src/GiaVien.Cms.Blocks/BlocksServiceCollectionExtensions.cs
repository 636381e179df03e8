using GiaVien.Cms.Blocks;

namespace Microsoft.Extensions.DependencyInjection;

public static class BlocksServiceCollectionExtensions
{
    /// <summary>The tenant's home page and sidebar blocks, and their admin page (<c>/admin/blocks</c>).</summary>
    public static IServiceCollection AddBlocks(this IServiceCollection services)
    {
        services.AddScoped<BlockArrangementStore>();
        services.AddScoped<BlockValidation>();
        return services;
    }
}
