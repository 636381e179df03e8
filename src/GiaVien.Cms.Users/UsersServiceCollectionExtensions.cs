using GiaVien.Cms.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Users;

public static class UsersServiceCollectionExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddOptions<UsersOptions>().BindConfiguration("Cms:Users");
        services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
        services.AddScoped<UserService>();
        services.AddScoped<ApiTokenService>();
        services.AddSingleton<PasswordLinks>();
        services.AddAdminMenuLink(new("Người dùng", "admin/users", 60), Roles.ManageUsers);
        services.AddAdminMenuLink(new("Vai trò", "admin/roles", 61), Roles.ManageUsers);
        // Every signed-in user holds tokens of their own.
        services.AddAdminMenuLink(new("Mã truy cập API", "admin/tokens", 95));
        return services;
    }
}
