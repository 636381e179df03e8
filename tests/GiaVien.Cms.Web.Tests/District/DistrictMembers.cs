using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.District;

/// <summary>What the district tests share: a new member commune, and "Tin cơ sở" as a visitor of the district sees it.</summary>
internal static class DistrictMembers
{
    public static async Task<string> CreateCommuneAsync(CmsHost host, string stem, string displayName)
    {
        var name = TenantFactory.UniqueName(stem);
        await TenantFactory.CreateAsync(host, new TenantSpec(name, displayName, name, [], null));
        return name;
    }

    /// <summary>The "Tin cơ sở" section of the district home as a visitor gets it.</summary>
    public static async Task<string> SharedSectionAsync(HttpClient visitor)
    {
        var (_, html) = await visitor.GetPageAsync("/");
        var start = html.IndexOf("id=\"tin-co-so\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
