using System.Diagnostics;
using GiaVien.Cms.Bench.ContentModel;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Province;

/// <summary>
/// A province-sized installation: the demo district (3 member sites sharing news) plus N communes created with the
/// product's own <c>tenant create-many</c> (each sharing one news item), then restarted as in production. Reports the bulk creation rate, restart to
/// /health and /health/ready against the bare app's start, idle CPU with nobody visiting, resident memory before
/// visiting every commune, after, and once all were released for idleness, and the uncached district home with 3
/// sharing tenants against N + 3, and communes created one at a time through the admin on the full installation.
/// </summary>
internal static class ProvinceBenchmark
{
    // On a loaded machine the district home of a thousand sharing tenants can take longer than the process client's 30 s.
    private static readonly TimeSpan HomeTimeout = TimeSpan.FromMinutes(10);

    /// <param name="cmsDll">Another build of the CMS to measure (an earlier commit's, for an A/B), else the bench's own.</param>
    public static async Task<ProvinceResult> RunAsync(int tenants, TimeSpan settle, TimeSpan idleWindow, TimeSpan releaseWait, int homeSamples, int adminCreations, string? cmsDll, TextWriter progress)
    {
        using var work = new WorkFolder("province");
        var data = work.Sub("data");
        // Every render is measured: the output cache would hide it. Idle release after 20 s so the bench need not wait 20 min.
        var settings = new Dictionary<string, string>
        {
            ["Cms__OutputCache__Enabled"] = "false", ["Cms__Tenants__IdleTimeout"] = "00:00:20", ["Cms__RecipesPath"] = ProvinceRecipes.Create(work.Path),
        };

        double homeThree;
        await using (var first = BenchApps.StartCms(data, settings, cmsDll))
        {
            await first.WaitForOutputAsync("is ready", TimeSpan.FromMinutes(3));
            homeThree = await MedianHomeAsync(first, homeSamples);
        }

        progress.WriteLine($"district home, 3 sharing tenants: {homeThree:0.0} ms");
        var (build, creating) = await CreateCommunesAsync(cmsDll ?? BenchApps.CmsDll, data, work.Path, settings["Cms__RecipesPath"], tenants);
        progress.WriteLine($"{tenants} communes created in {build.TotalSeconds:0.0} s, {creating.TotalSeconds:0.0} s of it creating ({tenants / creating.TotalSeconds:0.0}/s)");

        var baselineStarts = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await using var baseline = BenchApps.StartBaseline(work.Path);
            baselineStarts.Add((await baseline.WaitForOkAsync()).TotalMilliseconds);
        }

        await using var cms = BenchApps.StartCms(data, settings, cmsDll);
        var health = (await cms.WaitForOkAsync("/health", TimeSpan.FromMinutes(3))).TotalMilliseconds;
        var ready = (await cms.WaitForOkAsync("/health/ready", TimeSpan.FromMinutes(3))).TotalMilliseconds;
        // Asked once /health/ready answers, so the time since the start is the two added.
        var firstHome = ready + (await HomeTimesAsync(cms, 1, warmUp: 0))[0];
        progress.WriteLine($"restart: /health {health:0} ms, ready {ready:0} ms, first home {firstHome:0} ms (bare app {Statistics.Median(baselineStarts):0} ms)");
        // The communes were created by another process: the read model learns of them in the check after the start.
        await WaitForSharedNewsAsync(cms, progress);
        var homeAll = await MedianHomeAsync(cms, homeSamples);
        progress.WriteLine($"district home, {tenants + 3} sharing tenants: {homeAll:0.0} ms");

        await Task.Delay(settle);
        var idle = await ProcessProbe.CoreShareAsync(cms.ProcessId, idleWindow);
        var rssIdle = ProcessProbe.RssMb(cms.ProcessId);
        progress.WriteLine($"idle: {idle * 100:0.00} % of a core, RSS {rssIdle:0} MB");

        await Parallel.ForEachAsync(Enumerable.Range(1, tenants), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            using var response = await cms.Client.GetAsync($"/{CommuneName(i)}/", token);
            response.EnsureSuccessStatusCode();
        });
        var rssVisited = ProcessProbe.RssMb(cms.ProcessId);
        // By default the idle timeout (20 s) plus two background passes (30 s each): every commune's shell and index are released.
        await Task.Delay(releaseWait);
        var rssReleased = ProcessProbe.RssMb(cms.ProcessId);
        progress.WriteLine($"RSS visited {rssVisited:0} MB, released {rssReleased:0} MB");

        var adminSeconds = await AdminCreationsAsync(cms, adminCreations);
        progress.WriteLine($"{adminCreations} communes created through the admin: {string.Join(", ", adminSeconds.Select(s => s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} s");

        return new ProvinceResult(tenants, build, tenants / creating.TotalSeconds, Statistics.Median(baselineStarts), health, ready, firstHome,
            idle, idleWindow, rssIdle, rssVisited, rssReleased, homeThree, homeAll, adminSeconds);
    }

    public static string CommuneName(int index) => $"xa-{index:0000}";

    /// <summary>Seconds from opening "Tạo trang thành viên" to the new commune's home answering, one commune after another.</summary>
    private static async Task<List<double>> AdminCreationsAsync(ServerProcess cms, int count)
    {
        using var admin = await AdminSession.SignInAsync(cms);
        var seconds = new List<double>();
        for (var i = 1; i <= count; i++)
        {
            var clock = Stopwatch.StartNew();
            await admin.CreateCommuneAsync($"xa-moi-{i:00}", $"Xã mới {i:00}");
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        return seconds;
    }

    /// <summary>Until the district home shows a commune's shared news (at most 5 minutes), so the check runs before the renders are timed.</summary>
    private static async Task WaitForSharedNewsAsync(ServerProcess cms, TextWriter progress)
    {
        var clock = Stopwatch.StartNew();
        while (!(await cms.Client.GetStringAsync("/")).Contains("ra quân làm đường giao thông nông thôn", StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The district home never showed the communes' shared news.");
            }

            await Task.Delay(500);
        }

        progress.WriteLine($"communes' shared news on the district home {clock.Elapsed.TotalSeconds:0.0} s after the first page");
    }

    private static async Task<double> MedianHomeAsync(ServerProcess server, int samples) =>
        Statistics.Median(await HomeTimesAsync(server, samples, warmUp: 3));

    /// <summary>Milliseconds of each of <paramref name="samples"/> district home pages, after <paramref name="warmUp"/> unmeasured ones.</summary>
    private static async Task<List<double>> HomeTimesAsync(ServerProcess server, int samples, int warmUp)
    {
        using var client = new HttpClient { BaseAddress = server.Client.BaseAddress, Timeout = HomeTimeout };
        var times = new List<double>();
        for (var i = 0; i < samples + warmUp; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync("/");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            if (i >= warmUp)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return times;
    }

    /// <summary>
    /// Runs the product's command line, as an operator would: the whole run (process start included) and the creation
    /// alone, as the command reports it.
    /// </summary>
    private static async Task<(TimeSpan Whole, TimeSpan Creating)> CreateCommunesAsync(string cmsDll, string data, string workFolder, string recipes, int tenants)
    {
        var list = Path.Combine(workFolder, "communes.tsv");
        await File.WriteAllLinesAsync(list, Enumerable.Range(1, tenants).Select(i => $"{CommuneName(i)}\tXã thử nghiệm {i:0000}"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(cmsDll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["exec", cmsDll, "tenant", "create-many", list, "--recipe", ProvinceRecipes.Commune, "--parallel", "4"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Cms__DataPath"] = data;
        start.Environment["Cms__RecipesPath"] = recipes;
        start.Environment["Cms__Setup__AdminPassword"] = BenchApps.AdminPassword;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start tenant create-many.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tenant create-many failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }

        // "Đã tạo N/N đơn vị trong 12.3 s (…)"
        var reported = System.Text.RegularExpressions.Regex.Match(await output, @"trong ([0-9.]+) s");
        return (clock.Elapsed, reported.Success ? TimeSpan.FromSeconds(double.Parse(reported.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : clock.Elapsed);
    }
}
