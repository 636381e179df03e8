using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Media.Bench;

/// <summary>
/// The real CMS on a loopback port, set up from the demo recipe in a temporary data folder, with one extra
/// static-file folder (<c>/bench-static</c>) served by Kestrel's static file middleware ahead of the CMS: the baseline.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataPath;

    private BenchHost(WebApplication app, string dataPath, string staticFolder)
    {
        _app = app;
        _dataPath = dataPath;
        StaticFolder = staticFolder;
    }

    public string StaticFolder { get; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<BenchHost> StartAsync()
    {
        var dataPath = Directory.CreateTempSubdirectory("giavien-bench-").FullName;
        var staticFolder = Directory.CreateDirectory(Path.Combine(dataPath, "static")).FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = dataPath,
            ["Cms:RecipesPath"] = Path.Combine(AppContext.BaseDirectory, "recipes"),
            ["Cms:Setup:Recipe"] = "giavien-demo",
            ["Cms:Setup:AdminPassword"] = "Mat-khau-do-hieu-nang-2024",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCmsLogging();
        builder.Services.AddCms(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.InitializeCmsAsync();
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/bench-static", FileProvider = new PhysicalFileProvider(staticFolder) });
        app.UseCms();
        await app.StartAsync();

        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(registry.Map.Tenants.Count >= 4 && registry.Map.Tenants.All(t => t.State == TenantState.Running)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The CMS did not finish its first-run setup.");
            }

            await Task.Delay(100);
        }

        return new BenchHost(app, dataPath, staticFolder);
    }

    /// <summary>Runs code in a DI scope that has entered <paramref name="tenant"/>.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> action)
    {
        var record = _app.Services.GetRequiredService<TenantRegistry>().Map.Tenants.Single(t => t.Name == tenant);
        var shell = await _app.Services.GetRequiredService<ShellHost>().GetAsync(record);
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_dataPath, recursive: true);
    }
}
