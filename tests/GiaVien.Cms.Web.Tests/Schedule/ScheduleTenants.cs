using System.Net;
using GiaVien.Cms.Schedule;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Schedule;

/// <summary>A new commune with "Lịch công tác" switched on through "Tính năng", and its administrator signed in.</summary>
public static class ScheduleTenants
{
    public static async Task<(string Tenant, EditorClient Admin)> CreateAsync(CmsHost host, string displayName)
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, displayName, name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var enabled = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable",
            new Dictionary<string, string> { ["id"] = ScheduleFeature.Id });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        return (name, admin);
    }
}
