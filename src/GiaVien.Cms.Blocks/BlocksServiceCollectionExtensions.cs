using GiaVien.Cms.Blocks;
using GiaVien.Cms.Users;

namespace Microsoft.Extensions.DependencyInjection;

public static class BlocksServiceCollectionExtensions
{
    /// <summary>The tenant's home page and sidebar blocks, and their admin page (<c>/admin/blocks</c>).</summary>
    public static IServiceCollection AddBlocks(this IServiceCollection services)
    {
        services.AddScoped<BlockArrangementStore>();
        services.AddScoped<BlockValidation>();
        services.AddAdminMenuLink(new("Khối trang chủ", "admin/blocks", 81), Roles.ManageTheme);
        return services;
    }
}
