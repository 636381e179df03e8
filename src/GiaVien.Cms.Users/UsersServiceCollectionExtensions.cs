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
        return services;
    }
}
