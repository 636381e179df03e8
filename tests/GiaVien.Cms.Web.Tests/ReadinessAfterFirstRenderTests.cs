using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A node on a real port renders its district home once after a start, and <c>/health/ready</c> waits for that render:
/// the first visitor a load balancer sends does not pay for the cold page. <c>/health</c> (liveness) does not wait.
/// </summary>
public sealed class ReadinessAfterFirstRenderTests
{
    [Fact]
    public async Task A_node_is_not_ready_until_its_district_home_has_been_served_once()
    {
        var gate = new HomePageGate();
        await using var host = new BrowserHost(services: services => services.AddSingleton<IStartupFilter>(gate));
        try
        {
            await host.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

            // Nobody has asked for the home page: the node does, by itself, and its render is held here.
            await Eventually.ThatAsync(() => Task.FromResult(gate.Requests > 0), TimeSpan.FromSeconds(60), "the node did not request its district home after the start");
            using (var live = await client.GetAsync(new Uri("/health", UriKind.Relative)))
            using (var held = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, held.StatusCode);
                Assert.Contains("first render", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            gate.Open();
            await Eventually.ThatAsync(async () =>
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                return ready.StatusCode == HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(60), "the node did not become ready once its district home was served");
            Assert.Equal(1, gate.Requests);
        }
        finally
        {
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>Holds every request for the district home at the front of the pipeline until opened, counting them.</summary>
    private sealed class HomePageGate : IStartupFilter
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public void Open() => _open.TrySetResult();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                if (context.Request.Path == "/")
                {
                    Interlocked.Increment(ref _requests);
                    await _open.Task;
                }

                await rest(context);
            });
            next(app);
        };
    }
}
