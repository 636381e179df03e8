using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Bench.Tenants;

/// <summary>
/// The real CMS host in this process (production environment, SQLite), so the bench can create tenants
/// through the product's own services and read its own memory. Restarting on the same data folder is a
/// new instance with the same <see cref="DataPath"/>.
/// </summary>
internal sealed class InProcessCms(string dataPath, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminPassword = Infrastructure.BenchApps.AdminPassword;

    public string DataPath { get; } = dataPath;

    public TenantRegistry Registry => Services.GetRequiredService<TenantRegistry>();

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    /// <summary>Starts the host and waits until the district site is set up (first start) or loaded (restart).</summary>
    public async Task StartAsync()
    {
        _ = Server;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Registry.Map.Find(TenantRecord.DefaultName)?.State != TenantState.Running)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The district site was not set up in time.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A commune site, created and set up the way the district administration does it.</summary>
    public async Task CreateCommuneAsync(string name, string displayName)
    {
        const string recipe = "giavien-commune";
        await Registry.CreateAsync(new TenantSpec(name, displayName, name, [], recipe));
        var parameters = new RecipeParameters(new Dictionary<string, string>
        {
            ["AdminUserName"] = "admin",
            ["AdminPassword"] = AdminPassword,
            ["AdminEmail"] = "",
        });
        await Services.GetRequiredService<TenantSetup>().SetupAsync(name, recipe, parameters);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:Recipe", "giavien-district");
        builder.UseSetting("Cms:Setup:AdminPassword", AdminPassword);
        // Only what the bench does activates a shell: the periodic pass over every tenant would activate
        // all of them within 30 s (see docs/benchmarks.md), and idle release would drop them.
        builder.UseSetting("Cms:Tenants:BackgroundInterval", "01:00:00");
        builder.UseSetting("Cms:Tenants:IdleTimeout", "01:00:00");
        // Console output of 200 setups would drown the tables; the log file in the data folder still has it all.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
