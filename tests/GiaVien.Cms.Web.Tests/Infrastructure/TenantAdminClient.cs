using System.Net;
using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The district administrator's browser, driving /admin/tenants through real forms.</summary>
public sealed class TenantAdminClient(CmsHost host, HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<TenantAdminClient> SignInAsync(CmsHost host)
    {
        var client = host.Browser();
        using var response = await client.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new TenantAdminClient(host, client);
    }

    public Task<HttpResponseMessage> CreateAsync(string name, string displayName, string? prefix, string recipe = "giavien-commune",
        string hosts = "", string adminUserName = "quantri", string password = CmsHost.AdminPassword, bool setupLink = false) =>
        Client.PostFormAsync("/admin/tenants/create", null, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["DisplayName"] = displayName,
            ["UrlPrefix"] = prefix ?? "",
            ["HostNames"] = hosts,
            ["Recipe"] = recipe,
            ["AdminUserName"] = adminUserName,
            ["AdminEmail"] = "",
            ["AdminPassword"] = setupLink ? "" : password,
            ["UseSetupLink"] = setupLink ? "true" : "false",
        });

    public Task<HttpResponseMessage> PostAsync(string tenant, string handler, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields.TryAdd("Version", host.Registry.Map.Find(tenant)?.Version.ToString() ?? "0");
        return Client.PostFormAsync($"/admin/tenants/{tenant}", $"/admin/tenants/{tenant}?handler={handler}", fields);
    }

    /// <summary>Waits for the background setup to finish (Running, or back to Uninitialized with an error).</summary>
    public static async Task<TenantRecord> WaitForSetupAsync(CmsHost host, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var tenant = host.Registry.Map.Find(name);
            if (tenant is { State: TenantState.Running } || tenant is { State: TenantState.Uninitialized, LastError: not null })
            {
                return tenant;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Setup of {name} did not finish.");
    }
}
