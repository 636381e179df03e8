using System.Net.Http.Headers;
using GiaVien.Cms.Data;
using GiaVien.Cms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>A client of the write API: a new user of <c>role</c> on the tenant, with a personal token in its Authorization header.</summary>
public static class ApiClients
{
    public static async Task<HttpClient> CreateAsync(CmsHost host, string tenant, string role)
    {
        var userName = await TenantServices.CreateUserAsync(host, tenant, role);
        var token = await TenantServices.RunAsync(host, tenant, async sp =>
        {
            var user = await sp.GetRequiredService<CmsDbContext>().Users.SingleAsync(u => u.UserName == userName);
            return (await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "Kiểm thử")).Token;
        });
        var client = host.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
