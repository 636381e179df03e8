using System.Globalization;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// The real host, in process, on its own data folder (and, for PostgreSQL, its own database): first-run
/// setup runs exactly as on a new installation. Restarting with the same <see cref="DataPath"/> reuses the data.
/// </summary>
public class CmsHost : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Mat-khau-kiem-thu-2024";

    /// <summary>
    /// Searches per address and window on the suite's hosts, in process or not. Every test client has the same address,
    /// and tests poll search every 50 ms while indexing catches up: with the product's 30 in 10 s, a wait of a few seconds
    /// on a loaded machine ran out of searches and failed with 429 although the item was about to be found.
    /// SearchRateLimitTests and ForwardedHeadersTests set a limit of their own.
    /// </summary>
    public const string SearchPermits = "1000000";

    /// <summary>
    /// Settings for a test that runs the background passes itself (<c>TenantBackgroundService.RunOnceAsync</c>) and checks
    /// what they did. The node's own pass comes every 30 s from its start: when the start is slow (a loaded machine, a
    /// demo set up for 30 s) it comes before the test's pass and leaves it nothing due, or during it and runs a tenant twice.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BackgroundPassesByTheTestOnly { get; } =
        new Dictionary<string, string> { ["Cms:Tenants:BackgroundInterval"] = "1.00:00:00" };

    private readonly Action<IServiceCollection>? _services;
    private IWebHostEnvironment? _environment;

    public CmsHost(DatabaseProvider provider, string? dataPath = null, string? databaseName = null, string recipe = "giavien-demo", Action<IServiceCollection>? services = null)
    {
        Provider = provider;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("giavien-test-").FullName;
        DatabaseName = databaseName ?? "gv_" + Guid.NewGuid().ToString("N")[..12];
        Recipe = recipe;
        RecipesPath = TestRecipes.CreateFolder(DataPath);
        _services = services;
    }

    public DatabaseProvider Provider { get; }

    public string DataPath { get; }

    public string DatabaseName { get; }

    public string Recipe { get; }

    public string RecipesPath { get; }

    public string MinimumLogLevel { get; init; } = "Warning";

    /// <summary>Extra configuration for this host (e.g. <c>Cms:Search:RateLimitPermits</c>), applied over the suite's defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public TenantRegistry Registry => Services.GetRequiredService<TenantRegistry>();

    public CmsDataFolder DataFolder => Services.GetRequiredService<CmsDataFolder>();

    /// <summary>The host's clock: a test that needs "today" as the host sees it asks this one, not the machine's.</summary>
    public TimeProvider TimeProvider => Services.GetRequiredService<TimeProvider>();

    public string? PostgreSqlConnectionString => Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Database = DatabaseName }.ToString()
        : null;

    /// <summary>Starts the host and waits until first-run setup has brought every tenant out of Initializing.</summary>
    public async Task<CmsHost> StartAsync(int expectedTenants = 4)
    {
        Boot();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(Registry.Map.Tenants.Count >= expectedTenants && Registry.Map.Tenants.All(t => t.State is TenantState.Running or TenantState.Disabled)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Setup did not finish: " + string.Join(", ", Registry.Map.Tenants.Select(t => $"{t.Name}={t.State} {t.LastError}")));
            }

            await Task.Delay(50);
        }

        return this;
    }

    /// <summary>
    /// Starts the host on a set-up installation for a test whose subject is not set-up (a restart's, a probe's, a
    /// browser's): from a copy of the set-up template of its configuration when there is one (it then starts as after a
    /// restart), else running the set-up itself.
    /// </summary>
    public async Task<CmsHost> StartSetUpAsync()
    {
        await TryCopySetupAsync();
        return await StartAsync();
    }

    /// <summary>
    /// Gives this host (not started) a copy of the set-up made once per test process for hosts configured as it is
    /// (<see cref="SetupTemplates"/>); false when it has none to copy (templates off, services that could change what
    /// set-up writes, a template whose set-up failed): the host then runs the set-up itself when it starts.
    /// </summary>
    public async Task<bool> TryCopySetupAsync() =>
        SetupTemplates.Enabled && SetupTemplateKey() is { } key && await SetupTemplates.TryCopyIntoAsync(this, key, OnOtherData);

    /// <summary>
    /// What decides what set-up writes: the provider, the recipe, the settings, the log level (set-up's lines stay in
    /// the copied logs) and the Vietnamese day on the host's clock (the demo's schedule weeks are dated from it); null
    /// when the host adds services, which could change any of it (another media store, another clock, a feature), except
    /// the midday clock, which only moves the day.
    /// </summary>
    private string? SetupTemplateKey()
    {
        TimeProvider? clock = ServicesCallback is null ? TimeProvider.System
            : ServicesCallback == VietnamMiddayClock.Use ? new VietnamMiddayClock()
            : null;
        if (clock is null)
        {
            return null;
        }

        var day = VietnameseDates.ToVietnamTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var settings = Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}");
        return string.Join("\n", [Provider.ToString(), Recipe, MinimumLogLevel, day, .. settings]);
    }

    /// <summary>Starts the server: in memory here; on a real port for browser tests.</summary>
    protected virtual void Boot() => _ = Services; // builds and starts the host, on TestServer or Kestrel

    /// <summary>
    /// Whether starting the host waits until it has read its tenant records (which it does after it starts listening),
    /// as a load balancer waits for readiness; a test of that window turns it off.
    /// </summary>
    public bool WaitsForTenantRecords { get; init; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _environment = host.Services.GetRequiredService<IWebHostEnvironment>();
        if (WaitsForTenantRecords)
        {
            host.Services.GetRequiredService<TenantRegistry>().WhenLoadedAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        }

        return host;
    }

    /// <summary>
    /// Also disposes the host's web root and content root file providers, which the host leaves to the process (in
    /// production they end with it). Here a few hundred hosts come and go in one process, and each web root that was
    /// watched (<c>asp-append-version</c> on the admin pages) kept a FileSystemWatcher: one inotify instance per host
    /// ever started (the user's limit is 128: a whole run failed tests with "The configured user limit (128) on the
    /// number of inotify instances has been reached"), and the watcher's thread kept what its change tokens reach.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref _environment, null) is { } environment)
        {
            DisposeFileProviders(environment.WebRootFileProvider);
            DisposeFileProviders(environment.ContentRootFileProvider);
        }

        GC.SuppressFinalize(this);
    }

    private static void DisposeFileProviders(IFileProvider provider)
    {
        if (provider is CompositeFileProvider composite)
        {
            foreach (var inner in composite.FileProviders)
            {
                DisposeFileProviders(inner);
            }
        }
        else
        {
            (provider as IDisposable)?.Dispose();
        }
    }

    /// <summary>A new host on the same data (files and database), as after a process restart.</summary>
    public CmsHost Restarted() => new(Provider, DataPath, DatabaseName, Recipe, _services) { Settings = Settings };

    /// <summary>A new host configured as this one (services, settings, log level) on other data.</summary>
    public CmsHost OnOtherData(string dataPath, string databaseName) =>
        new(Provider, dataPath, databaseName, Recipe, _services) { Settings = Settings, MinimumLogLevel = MinimumLogLevel };

    /// <summary>The services this host adds (or replaces) over the product's.</summary>
    protected Action<IServiceCollection>? ServicesCallback => _services;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:RecipesPath", RecipesPath);
        builder.UseSetting("Cms:Setup:Recipe", Recipe);
        builder.UseSetting("Cms:Setup:AdminUserName", AdminUserName);
        builder.UseSetting("Cms:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Cms:Database:Provider", Provider.ToString());
        // Keep the suite's output readable; warnings and errors still show. Tests of logging raise the level.
        builder.UseSetting("Serilog:MinimumLevel:Default", MinimumLogLevel);
        // The suite signs in thousands of times from one address: the per-node sign-in throttle is tested by hosts
        // that set it back (SignInProtectionBehaviour); the lockout per (user name, address) stays on everywhere.
        builder.UseSetting("Cms:Users:SignInAttemptsPerAddress", "1000000");
        builder.UseSetting("Cms:Users:SignInAttemptsPerAccount", "1000000");
        builder.UseSetting("Cms:Search:RateLimitPermits", SearchPermits);
        // A district page waits at most 3 s for member changes already reported. On a loaded machine applying one took
        // longer, and a test that publishes in a commune and then reads the district saw the district before it.
        builder.UseSetting("Cms:District:PendingWait", "00:01:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (PostgreSqlConnectionString is { } connectionString)
        {
            builder.UseSetting("Cms:Database:PostgreSqlConnectionString", connectionString);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
