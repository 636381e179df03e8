using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// An unexpected failure under the README's run command (Development) shows the visitor the Vietnamese error page —
/// never a stack trace, which would hand out file paths, versions and code to anyone on the network.
/// </summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_failure_in_development_shows_the_error_page_without_a_stack_trace()
    {
        await using var host = new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district",
            services: services => services.AddSingleton<IOutputCacheStore, BrokenCacheStore>());
        await host.StartAsync(expectedTenants: 1);
        try
        {
            using var response = await host.Browser().GetAsync("/");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Đã có lỗi xảy ra", body);
            Assert.DoesNotContain("BrokenCacheStore", body);
            Assert.DoesNotContain(" at ", body);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
        finally
        {
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>A cache whose storage fails, as a disk or a cache server can.</summary>
    private sealed class BrokenCacheStore : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => throw new IOException("The cache storage is unavailable.");

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
