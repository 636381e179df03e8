using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// One host on a real port and one headless Chromium per test class (IClassFixture), launched as every browser test
/// launches it (<see cref="TestChromium"/>).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture() => Host = new();

    /// <summary>A fixture whose host has extra configuration (an SMTP server, a limit…).</summary>
    protected BrowserFixture(IReadOnlyDictionary<string, string> settings) => Host = new(settings);

    public BrowserHost Host { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => Host.BaseUrl;

    public async Task InitializeAsync()
    {
        // A copy of the demo hosts' set-up; a fixture with settings of its own would make a template for itself alone,
        // which costs a set-up more than it saves, so it runs the set-up.
        if (Host.Settings.Count == 0)
        {
            await Host.TryCopySetupAsync();
        }

        await Host.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await TestChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context (its own cookies) with Vietnamese as the browser's language.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN" });

    /// <summary>Fails the test when the server logged a warning or an error while the browser used it.</summary>
    public void AssertNoServerWarnings()
    {
        var warnings = Host.ServerWarnings();
        Assert.True(warnings.Count == 0, "The server logged warnings or errors:" + Environment.NewLine + string.Join(Environment.NewLine, warnings));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
        await DemoHost.DeleteDataAsync(Host);
    }
}
