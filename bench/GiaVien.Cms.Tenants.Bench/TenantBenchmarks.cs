using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants.Management;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tenants.Bench;

public sealed record BenchOptions(int Tenants, int Repeat);

public sealed record BenchResult(string Name, double Value, string Unit, double Baseline, string BaselineName)
{
    public double Ratio => Value / Baseline;
}

/// <summary>
/// Tenant administration figures, each against a baseline measured in the same run: creation from the
/// commune recipe vs the blank one; the list page with N tenants vs with 1; memory per idle tenant.
/// </summary>
public static partial class TenantBenchmarks
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchOptions options, TextWriter output)
    {
        var dataPath = Directory.CreateTempSubdirectory("giavien-bench-tenants-").FullName;
        var results = new List<BenchResult>();
        try
        {
            await using var host = new BenchHost(dataPath);
            var registry = host.Services.GetRequiredService<TenantRegistry>();
            await WaitForDistrictAsync(registry);
            var client = await SignInAsync(host);

            var blank = await MedianAsync(options.Repeat, i => CreateAsync(host, $"trong-{i}", "giavien-blank"));
            var commune = await MedianAsync(options.Repeat, i => CreateAsync(host, $"xa-{i}", "giavien-commune"));
            results.Add(new("Tenant creation, commune recipe", commune, "ms", blank, "blank recipe"));

            var listOne = await ListPageAsync(client, options.Repeat * 4);
            var before = Memory();
            await RegisterIdleTenantsAsync(host, options.Tenants);
            var after = Memory();
            var listMany = await ListPageAsync(client, options.Repeat * 4);
            results.Add(new($"Tenant list page, {options.Tenants} tenants", listMany, "ms", listOne, $"{2 * options.Repeat + 1} tenants"));
            results.Add(new("Memory per idle tenant (registered, no shell)", (after - before) / (double)options.Tenants / 1024, "KB", 1024, "1 MB target"));

            var activated = Math.Min(options.Tenants, 100);
            var toActivate = registry.Map.Tenants.Where(t => t.Name.StartsWith("idle-", StringComparison.Ordinal)).Take(activated).ToList();
            // Only setup creates a tenant's database (activation refuses a missing one): these were registered without setup.
            var database = host.Services.GetRequiredService<TenantDatabase>();
            foreach (var tenant in toActivate)
            {
                await database.CreateTenantAsync(tenant.Name, tenant.DatabaseProvider, CancellationToken.None);
            }

            var beforeShells = Memory();
            var shells = host.Services.GetRequiredService<ShellHost>();
            foreach (var tenant in toActivate)
            {
                await shells.GetAsync(tenant);
            }

            var active = Memory();
            shells.ReleaseIdle(TimeSpan.Zero);
            var released = Memory();
            results.Add(new($"Memory per active shell ({activated} activated)", (active - beforeShells) / (double)activated / 1024, "KB", 1024, "1 MB target"));
            results.Add(new("Memory per tenant once its shell is released (idle again)", (released - beforeShells) / (double)activated / 1024, "KB", 1024, "1 MB target"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }

        foreach (var r in results)
        {
            await output.WriteLineAsync($"{r.Name}: {r.Value:0.00} {r.Unit} — {r.BaselineName}: {r.Baseline:0.00} {r.Unit} — ratio {r.Ratio:0.00}");
        }

        return results;
    }

    private static async Task<double> CreateAsync(BenchHost host, string name, string recipe)
    {
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        var setup = host.Services.GetRequiredService<TenantSetup>();
        var parameters = new RecipeParameters(new Dictionary<string, string> { ["AdminUserName"] = "quantri", ["AdminPassword"] = BenchHost.AdminPassword, ["AdminEmail"] = "" });
        var watch = Stopwatch.StartNew();
        await registry.CreateAsync(new TenantSpec(name, name, name, [], recipe));
        await setup.SetupAsync(name, recipe, parameters);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Tenants as 1,000 communes and organisations would be when idle: registered and running, with figures, no shell.</summary>
    private static async Task RegisterIdleTenantsAsync(BenchHost host, int count)
    {
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        var database = host.Services.GetRequiredService<TenantDatabase>();
        var now = DateTime.UtcNow;
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            for (var i = 0; i < count; i++)
            {
                var name = $"idle-{i:0000}";
                db.Tenants.Add(new TenantRecord
                {
                    Name = name, DisplayName = $"Xã thử nghiệm {i}", UrlPrefix = name, State = TenantState.Running, RecipeName = "giavien-blank",
                    CreatedUtc = now, ModifiedUtc = now, Bindings = [new TenantBinding { Host = "", Prefix = name, TenantName = name }],
                });
                db.Statistics.Add(new TenantStatistics { TenantName = name, ContentCount = i, StorageBytes = 1024L * i, LastActivityUtc = now, UpdatedUtc = now });
            }

            await db.SaveChangesAsync();
        }

        await registry.ReloadAsync();
    }

    private static async Task<double> ListPageAsync(HttpClient client, int repeat)
    {
        await client.GetStringAsync("/admin/tenants");
        return await MedianAsync(repeat, async _ =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync("/admin/tenants?q=xa&p=2");
            await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The tenant list answered {response.StatusCode}.");
            }

            return watch.Elapsed.TotalMilliseconds;
        });
    }

    private static async Task<double> MedianAsync(int repeat, Func<int, Task<double>> measure)
    {
        var values = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            values.Add(await measure(i));
        }

        values.Sort();
        return values[values.Count / 2];
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task WaitForDistrictAsync(TenantRegistry registry)
    {
        while (registry.Map.Find(TenantRecord.DefaultName) is not { State: TenantState.Running })
        {
            await Task.Delay(50);
        }
    }

    private static async Task<HttpClient> SignInAsync(BenchHost host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/admin/login");
        var token = Token().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = BenchHost.AdminPassword, ["__af"] = token,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException("Sign-in failed.");
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
