using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A cached page answered in front of the pipeline waits on nothing that could be cancelled, so it must not ask for
/// the request's abort token: Kestrel hands it out under a lock (and makes its token source), which the tenant step,
/// the visit counter and the answer in front each paid on every hit (see docs/benchmarks.md, round 17 of the
/// cached-front4 lane). Counted by a request lifetime feature that notes each time the token is asked for.
/// </summary>
public sealed class CachedHitWithoutAbortTokenTests(CachedHitWithoutAbortTokenTests.Host host) : IClassFixture<CachedHitWithoutAbortTokenTests.Host>
{
    private const int Hits = 20;

    [Fact]
    public async Task Hits_answered_in_front_do_not_ask_for_the_abort_token()
    {
        var client = host.Browser();
        // Rendered, then the output cache's hit (which keeps the page in front), then in front.
        for (var visit = 0; visit < 3; visit++)
        {
            using var warm = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var before = host.Reads.Count;
        for (var hit = 0; hit < Hits; hit++)
        {
            using var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, host.Reads.Count - before);
    }

    /// <summary>The demo host, each request's lifetime feature wrapped by one that counts the reads of its token.</summary>
    public sealed class Host() : DemoHost(DatabaseProvider.Sqlite, services => services.AddSingleton<IStartupFilter>(new TokenReadsFilter()))
    {
        public TokenReads Reads => Services.GetServices<IStartupFilter>().OfType<TokenReadsFilter>().Single().Reads;
    }

    public sealed class TokenReads
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class TokenReadsFilter : IStartupFilter
    {
        public TokenReads Reads { get; } = new();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                var inner = context.Features.Get<IHttpRequestLifetimeFeature>()!;
                context.Features.Set<IHttpRequestLifetimeFeature>(new CountingLifetime(inner, Reads));
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CountingLifetime(IHttpRequestLifetimeFeature inner, TokenReads reads) : IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted
        {
            get
            {
                reads.Add();
                return inner.RequestAborted;
            }
            set => inner.RequestAborted = value;
        }

        public void Abort() => inner.Abort();
    }
}
