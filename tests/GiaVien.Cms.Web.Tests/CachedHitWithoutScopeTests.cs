using System.Diagnostics.Tracing;
using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A cached page answered in front of the pipeline needs no scoped service, so it must not make the request's DI scope:
/// making one, and the server's disposing of it after the response, was a cost of every hit (see docs/benchmarks.md,
/// round 16 of the cached-front3 lane). Counted by the scopes the host's container disposes of while the hits are served.
/// </summary>
public sealed class CachedHitWithoutScopeTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const int Hits = 20;

    [Fact]
    public async Task Hits_answered_in_front_make_no_request_scope()
    {
        var client = host.Browser();
        // Rendered, then the output cache's hit (which keeps the page in front), then in front.
        for (var visit = 0; visit < 3; visit++)
        {
            using var warm = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        using var scopes = new DisposedScopes(host.Services.GetHashCode());
        for (var hit = 0; hit < Hits; hit++)
        {
            using var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // A scope is disposed of after its response is sent; the host's background work may make one now and then.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.True(scopes.Count < Hits / 2, $"{scopes.Count} DI scopes were disposed of during {Hits} hits answered in front");
    }

    /// <summary>The scopes of one container disposed of while it listens (the container's own event source).</summary>
    private sealed class DisposedScopes(int rootProviderHashCode) : EventListener
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Extensions-DependencyInjection")
            {
                EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "ScopeDisposed" && eventData.Payload is [int provider, ..] && provider == rootProviderHashCode)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
