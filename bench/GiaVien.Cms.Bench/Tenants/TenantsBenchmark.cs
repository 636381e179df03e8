using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using GiaVien.Cms.Bench.Baseline;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Bench.Tenants;

/// <summary>
/// Creates commune sites through the product's services, restarts the host on that data, then requests
/// each commune's home page twice (cold: its shell is activated; warm: the same page again) and measures
/// the process's memory once 1, 50, 200… shells are active and idle, against the empty app's memory.
/// </summary>
internal static class TenantsBenchmark
{
    public static async Task<TenantsResult> RunAsync(IReadOnlyList<int> checkpoints, TimeSpan idle, TextWriter progress)
    {
        using var work = new WorkFolder("tenants");
        var data = work.Sub("data");
        var names = Enumerable.Range(1, checkpoints.Max()).Select(CommuneSetup.Name).ToList();
        await CommuneSetup.RunInChildProcessAsync(data, names.Count);

        MemorySnapshot emptyApp;
        await using (var baseline = BenchApps.StartBaseline(work.Path))
        {
            await baseline.WaitForOkAsync();
            emptyApp = await baseline.Client.GetFromJsonAsync<MemorySnapshot>("memory")
                ?? throw new InvalidOperationException("The baseline app did not report its memory.");
        }

        // This process hosts the CMS for the first time: no shell is active and no schema is known to be
        // current, as after a restart.
        await using var cms = new InProcessCms(data);
        await cms.StartAsync();
        using var client = cms.CreateClient();
        await TimeGetAsync(client, "/");
        await TimeGetAsync(client, "/");
        await Task.Delay(idle);
        var districtOnly = MemorySnapshot.Take();
        var active = new List<ActiveTenants>();
        var cold = new List<double>();
        var warm = new List<double>();
        for (var index = 1; index <= names.Count; index++)
        {
            cold.Add(await TimeGetAsync(client, $"/{names[index - 1]}/"));
            warm.Add(await TimeGetAsync(client, $"/{names[index - 1]}/"));
            if (checkpoints.Contains(index))
            {
                await Task.Delay(idle);
                active.Add(new ActiveTenants(index, cms.Shells.ActiveCount, MemorySnapshot.Take()));
                progress.WriteLine($"{index} communes active: GC heap {active[^1].Memory.GcHeapMb:0.0} MB, working set {active[^1].Memory.WorkingSetMb:0.0} MB");
            }
        }

        // What dominates activation: the schema check each shell runs once per process, timed alone on the
        // same (now warm) databases.
        var database = cms.Services.GetRequiredService<TenantDatabase>();
        var schemaCheck = new List<double>();
        foreach (var name in names)
        {
            var clock = Stopwatch.StartNew();
            await database.MigrateTenantAsync(name, DatabaseProvider.Sqlite, CancellationToken.None);
            schemaCheck.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new TenantsResult(cold, warm, schemaCheck, emptyApp, districtOnly, active);
    }

    private static async Task<double> TimeGetAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} with {body.Length} bytes.");
        }

        return elapsed;
    }
}
