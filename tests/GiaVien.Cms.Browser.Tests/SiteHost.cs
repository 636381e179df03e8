using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The real host on a real Kestrel port (demo recipe, SQLite, own data folder) and one headless Debian Chromium,
/// shared by the tests of a class. <see cref="ServerProblems"/> reads the warnings and errors the server logged.
/// </summary>
public class SiteHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("giavien-browser-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        this.ListenOnFreeLoopbackPort();
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var registry = Services.GetRequiredService<TenantRegistry>();
        // Generous: on a loaded machine the demo's setup has taken just over a minute, and a timeout here says nothing of the product.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(registry.Map.Tenants.Count >= 4 && registry.Map.Tenants.All(t => t.State == TenantState.Running)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Demo setup did not finish: " + string.Join(", ", registry.Map.Tenants.Select(t => $"{t.Name}={t.State} {t.LastError}")));
            }

            await Task.Delay(50);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await TestChromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> OpenAsync(string path, int width, int height)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN" });
        var response = await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        Assert.NotNull(response);
        return page;
    }

    /// <summary>Warnings and errors the server has logged so far (a browser test fails if there is any).</summary>
    public IReadOnlyList<string> ServerProblems()
    {
        var folder = Path.Combine(_dataPath, "logs");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder).SelectMany(ReadShared)
            .Where(line => line.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)
                || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
            // "Slow request" says how busy the machine was, not what the product did: a timing is no test verdict.
            .Where(line => !(line.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) && line.Contains($"\"SourceContext\":\"{GiaVien.Cms.Web.Hosting.RequestLog.Source}\"", StringComparison.Ordinal)))
            .ToList();
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cms:DataPath", _dataPath);
        builder.UseSetting("Cms:Setup:Recipe", "giavien-demo");
        builder.UseSetting("Cms:Setup:AdminPassword", "Mat-khau-trinh-duyet-2024");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // A fixture whose start failed has no browser; its host and folder are still cleaned up.
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        Directory.Delete(_dataPath, recursive: true);
    }

    private static IEnumerable<string> ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GiaVien.Cms.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>
/// The site host with its clock at midday in Việt Nam (<see cref="VietnamMiddayClock"/>): the
/// demo fills the schedule's weeks from the host's today, and a test reading the week from the host's clock then names
/// the same weeks, even when the suite runs across Vietnamese midnight.
/// </summary>
public sealed class MiddaySiteHost : SiteHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(VietnamMiddayClock.Use);
    }
}
