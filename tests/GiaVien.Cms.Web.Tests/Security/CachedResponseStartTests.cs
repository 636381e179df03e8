using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// On Kestrel, a page the output cache answers is written after its response started, so the server puts it straight
/// into the connection's buffers (instead of holding the early bytes apart and copying them when the headers go out);
/// a page being rendered keeps its headers open until it flushes. Either way the page keeps its nonce, equal to the header's.
/// </summary>
public sealed class CachedResponseStartTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task A_cached_page_starts_its_response_before_its_body_is_written(bool servedFromCache, bool startedAtFirstWrite)
    {
        bool? startedWhenWritten = null;
        await using var app = await StartAsync(async context =>
        {
            if (servedFromCache)
            {
                ServedFromCache.Mark(context);
            }

            // As the output cache copies an entry: headers first, then the body through the writer, no flush.
            context.Response.ContentType = "text/html; charset=utf-8";
            var page = Encoding.UTF8.GetBytes($"<html><head><script nonce=\"{CspNonce.Placeholder}\"></script></head><body>Gia Viễn</body></html>");
            context.Response.ContentLength = page.Length;
            var memory = context.Response.BodyWriter.GetMemory(page.Length);
            startedWhenWritten = context.Response.HasStarted;
            page.CopyTo(memory);
            context.Response.BodyWriter.Advance(page.Length);
            await Task.CompletedTask;
        });

        using var client = new HttpClient { BaseAddress = app.Address };
        using var response = await client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(startedAtFirstWrite, startedWhenWritten);
        var nonce = response.Headers.GetValues("X-Nonce").Single();
        Assert.Equal($"<html><head><script nonce=\"{nonce}\"></script></head><body>Gia Viễn</body></html>", body);
        Assert.NotEqual(CspNonce.Placeholder, nonce);
    }

    private static async Task<RunningApp> StartAsync(RequestDelegate page)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        // The nonce of the response, as the policy header carries it, for the test to compare with the body.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Nonce"] = CspNonce.Of(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseMiddleware<NonceSubstitution>();
        app.Run(page);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningApp(app, new Uri(address));
    }

    private sealed record RunningApp(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }
}
