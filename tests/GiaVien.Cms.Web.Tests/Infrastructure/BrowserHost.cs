using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The demo installation on a real Kestrel port of 127.0.0.1, with a headless Chromium to drive it.</summary>
public sealed class BrowserHost : DemoHost, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserHost()
        : base(DatabaseProvider.Sqlite)
    {
        UseKestrel(0);
    }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

    async Task IAsyncLifetime.InitializeAsync()
    {
        await StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GIAVIEN_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            // Without the networking flags Chromium tries to reach Google's services; nothing may leave the machine.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        await DeleteDataAsync(this);
    }
}
