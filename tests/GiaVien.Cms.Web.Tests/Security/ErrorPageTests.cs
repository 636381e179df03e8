using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
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
            services: services => services.AddSingleton<IAntiforgery, BrokenAntiforgery>());
        await host.StartAsync(expectedTenants: 1);
        try
        {
            using var response = await host.Browser().GetAsync("/admin/login");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Đã có lỗi xảy ra", body);
            Assert.DoesNotContain("BrokenAntiforgery", body);
            Assert.DoesNotContain(" at ", body);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
        finally
        {
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>Form tokens whose key storage fails, as a data-protection key ring on a lost disk can.</summary>
    private sealed class BrokenAntiforgery : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => throw Broken();

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => throw Broken();

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => throw Broken();

        public Task ValidateRequestAsync(HttpContext httpContext) => throw Broken();

        public void SetCookieTokenAndHeader(HttpContext httpContext) => throw Broken();

        private static IOException Broken() => new("The key ring is unavailable.");
    }
}
