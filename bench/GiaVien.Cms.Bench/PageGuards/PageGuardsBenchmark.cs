using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;
using Microsoft.Data.Sqlite;

namespace GiaVien.Cms.Bench.PageGuards;

/// <summary>
/// The cost of the page guards (CSP nonce per response, nonce substitution of cached pages, the output guard of
/// template overrides), as an A/B in one run: this build against a reference build without them (a build of
/// <c>main</c> before issue 12), both on their own <c>giavien-demo</c> installation whose district home page is a
/// template override (a copy of the theme's Home view), so the guard runs on every uncached render. Loaded by wrk
/// with the output cache on (cached) and off (uncached); the builds alternate, round after round.
/// </summary>
internal static class PageGuardsBenchmark
{
    public static async Task<PageGuardsResult> RunAsync(string referenceFolder, int rounds, int threads, int connections, TimeSpan duration, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("pageguards");
        var builds = AbBuilds.Of(referenceFolder);
        var data = new Dictionary<string, string>();
        foreach (var build in builds)
        {
            data[build.Name] = work.Sub(build.Slug);
            await SetUpAsync(build.Dll, data[build.Name], progress);
        }

        var samples = new List<PageGuardsSample>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var cached in new[] { true, false })
            {
                foreach (var (name, dll) in builds.InRoundOrder(round))
                {
                    var settings = new Dictionary<string, string> { ["Cms__OutputCache__Enabled"] = cached ? "true" : "false" };
                    await using var server = BenchApps.StartCms(data[name], settings, dll);
                    await server.WaitForOkAsync();
                    var (result, cpuPerRequest) = await MeasuredLoad.RunAsync(server, server.Client.BaseAddress!, threads, connections, duration);
                    progress.WriteLine($"round {round}, {(cached ? "cached" : "uncached")}, {name}: {result.RequestsPerSecond:0} req/s, {cpuPerRequest.TotalMicroseconds:0.0} µs CPU/request");
                    samples.Add(new PageGuardsSample(name, cached, result, cpuPerRequest));
                }
            }
        }

        return new PageGuardsResult(samples, threads, connections, duration);
    }

    /// <summary>First start (setup recipe), then the district's Home view overridden by a copy of the theme's.</summary>
    private static async Task SetUpAsync(string dll, string dataPath, TextWriter progress)
    {
        await BenchApps.SetUpDemoAsync(dataPath, dll);

        var home = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(dll)!, "themes", "GiaVien.Theme", "Views", "Home.liquid"));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "Sites", "default", "cms.db")};Pooling=False");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO ThemeTemplates (View, Source, ModifiedUtc, ModifiedBy) VALUES ('Home', $source, $now, 'bench')";
        insert.Parameters.AddWithValue("$source", "<p class=\"bench\">Mẫu riêng của đơn vị</p>\n" + home);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow);
        await insert.ExecuteNonQueryAsync();
        progress.WriteLine($"set up {dll} in {dataPath}, Home overridden");
    }
}
