using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A demo host whose output cache holds the end of the first render of a chosen page until that request is cancelled,
/// and counts the page's look-ups.
/// </summary>
public sealed class HeldRenderHost() : DemoHost(DatabaseProvider.Sqlite, HeldRender.AddTo)
{
    public HeldRender Render => Services.GetRequiredService<HeldRender>();
}

/// <summary>
/// What the test holds: the first render of a page whose path contains <see cref="Hold"/>'s text does not end until its
/// request is cancelled (a base policy's last step after the page is rendered, inside the work the page's other
/// visitors wait on: where a slow render's database query would be cancelled), and each look-up of that page in the
/// store is counted (every visitor looks the page up before it renders or waits).
/// </summary>
public sealed class HeldRender : IOutputCachePolicy
{
    private string? _path;
    private int _holdsLeft;
    private int _lookups;

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Lookups => Volatile.Read(ref _lookups);

    public void Hold(string pathText)
    {
        Volatile.Write(ref _path, pathText);
        Volatile.Write(ref _holdsLeft, 1);
    }

    public static void AddTo(IServiceCollection services)
    {
        var held = new HeldRender();
        services.AddSingleton(held);
        services.Configure<OutputCacheOptions>(options => options.AddBasePolicy(held));
        var product = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(product);
        services.AddSingleton<IOutputCacheStore>(provider => new LookupCounting(held, (IOutputCacheStore)(product.ImplementationInstance
            ?? product.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, product.ImplementationType!))));
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (Watches(context.HttpContext.Request.Path.Value) && Interlocked.Exchange(ref _holdsLeft, 0) == 1)
        {
            Holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellation);
        }
    }

    private bool Watches(string? text) => Volatile.Read(ref _path) is { } path && text?.Contains(path, StringComparison.OrdinalIgnoreCase) == true;

    private sealed class LookupCounting(HeldRender held, IOutputCacheStore store) : IOutputCacheStore
    {
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            if (held.Watches(key))
            {
                Interlocked.Increment(ref held._lookups);
            }

            return store.GetAsync(key, cancellationToken);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            store.SetAsync(key, value, tags, validFor, cancellationToken);

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);
    }
}

/// <summary>
/// A page's first visitors after a change wait for one render of it; when the visitor whose request renders it leaves
/// (closes the tab), the others still get the page, not an error.
/// </summary>
public sealed class SharedRenderCancellationTests(HeldRenderHost host) : IClassFixture<HeldRenderHost>
{
    private const string Article = "/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024";

    [Fact]
    public async Task A_visitor_waiting_on_a_render_whose_visitor_left_gets_the_page()
    {
        host.Render.Hold("tong-ket-cong-tac-nam-2023");
        using var leaving = new CancellationTokenSource();
        using var first = host.Browser();
        var firstVisit = first.GetAsync(Article, leaving.Token);
        await host.Render.Holding.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using var second = host.Browser();
        var secondVisit = second.GetAsync(Article);
        // Its look-up missed, so it now waits on the first visitor's render, which is held.
        await Eventually.ThatAsync(() => Task.FromResult(host.Render.Lookups >= 2), TimeSpan.FromSeconds(30), "the second visitor did not look the page up");

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstVisit);

        using var page = await secondVisit.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("UBND huyện Gia Viễn tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024", await page.Content.ReadAsStringAsync());
    }
}
