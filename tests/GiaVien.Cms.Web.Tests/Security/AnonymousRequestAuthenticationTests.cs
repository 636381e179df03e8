using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>A demo host that counts how often an authentication handler is made for a request.</summary>
public sealed class HandlerCountingHost() : DemoHost(DatabaseProvider.Sqlite, services => services.AddScoped<IAuthenticationHandlerProvider, CountingHandlerProvider>())
{
    private static int _handlersMade;

    public static int HandlersMade => Volatile.Read(ref _handlersMade);

    private sealed class CountingHandlerProvider(IAuthenticationSchemeProvider schemes) : IAuthenticationHandlerProvider
    {
        private readonly AuthenticationHandlerProvider _inner = new(schemes);

        public Task<IAuthenticationHandler?> GetHandlerAsync(HttpContext context, string authenticationScheme)
        {
            Interlocked.Increment(ref _handlersMade);
            return _inner.GetHandlerAsync(context, authenticationScheme);
        }
    }
}

/// <summary>
/// A page view without any cookie can only be anonymous, so it runs no authentication at all (the largest share of
/// public traffic, output cache hits included); a signed-in editor is still recognised by the cookie.
/// </summary>
public sealed class AnonymousRequestAuthenticationTests(HandlerCountingHost host) : IClassFixture<HandlerCountingHost>
{
    [Fact]
    public async Task A_page_view_without_cookies_runs_no_authentication_handler_and_an_editors_cookie_still_signs_in()
    {
        using var anonymous = host.CreateClient(new() { HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/gia-hoa/")).StatusCode);
        var before = HandlerCountingHost.HandlersMade;

        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.GetAsync("/gia-hoa/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, HandlerCountingHost.HandlersMade);

        var editor = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var admin = await editor.Http.GetAsync("/admin/content");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
