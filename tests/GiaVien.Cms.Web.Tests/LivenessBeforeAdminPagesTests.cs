using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A node answers <c>/health</c> before it has built the admin's pages (their descriptors and endpoints: a large part of
/// a restart's work before listening), builds them once it listens, and says ready only when they are built; the
/// pages are then served and still need a signed-in administrator.
/// </summary>
public sealed class LivenessBeforeAdminPagesTests
{
    [Fact]
    public async Task A_node_is_alive_before_its_admin_pages_are_built_and_ready_once_they_are()
    {
        var held = new HeldPageDescriptors();
        var host = new CmsHost(DatabaseProvider.Sqlite, services: services => services.AddSingleton<IActionDescriptorProvider>(held));
        try
        {
            await host.StartAsync();
            await Eventually.ThatAsync(() => Task.FromResult(held.IsHolding), TimeSpan.FromSeconds(60), "nothing built the admin's pages once the node listened");
            var visitor = host.Browser();
            using (var live = await visitor.GetAsync("/health"))
            using (var ready = await visitor.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("endpoints", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            held.Release();
            await Eventually.ThatAsync(async () =>
            {
                using var ready = await visitor.GetAsync("/health/ready");
                return ready.StatusCode == HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(60), "the node did not become ready once its admin pages were built");

            using (var anonymous = await visitor.GetAsync("/admin/settings"))
            {
                Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
                Assert.Equal("/admin/login", anonymous.Headers.Location?.AbsolutePath);
            }

            var administrator = host.Browser();
            using (var signIn = await administrator.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword))
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await administrator.GetPageAsync("/admin/settings")).Status);
        }
        finally
        {
            held.Release();
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>
    /// Holds the building of the action descriptors (every Razor page's) until released, at most 30 s: a node that
    /// builds them before listening starts that much later, and is already ready when first asked.
    /// </summary>
    private sealed class HeldPageDescriptors : IActionDescriptorProvider
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _holding;

        public bool IsHolding => Volatile.Read(ref _holding) > 0;

        public int Order => 0;

        public void Release() => _released.TrySetResult();

        public void OnProvidersExecuting(ActionDescriptorProviderContext context)
        {
            Interlocked.Increment(ref _holding);
            _released.Task.Wait(TimeSpan.FromSeconds(30));
        }

        public void OnProvidersExecuted(ActionDescriptorProviderContext context)
        {
        }
    }
}
