using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>A district site whose search allows three requests per client per minute.</summary>
public sealed class RateLimitedHost() : DistrictHost(new Dictionary<string, string>
{
    ["Cms:Search:RateLimitPermits"] = "3",
    ["Cms:Search:RateLimitWindow"] = "00:01:00",
});

public sealed class SearchRateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task A_client_searching_too_fast_is_asked_in_vietnamese_to_wait()
    {
        var client = host.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync($"/api/search?q=tin+{i}");
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/tim-kiem?q=tin");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("vui lòng đợi", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
