using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content.Admin;

public static class ContentAdminServiceCollectionExtensions
{
    /// <summary>"Kiểu nội dung" (<c>/admin/types</c>): its pages come with the project, its menu link from here.</summary>
    public static IServiceCollection AddContentAdmin(this IServiceCollection services) =>
        services.AddAdminMenuLink(new("Kiểu nội dung", "admin/types", 70), Roles.ManageContentTypes);
}
