using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GiaVien.Cms.Bench.Throughput;

internal sealed record WrkResult(double RequestsPerSecond, double P99LatencyMs, long Requests, int NonSuccess);

/// <summary>Runs wrk (from apt) against a loopback URL and reads its summary.</summary>
internal static partial class Wrk
{
    public static async Task EnsureInstalledAsync(TextWriter progress)
    {
        if (File.Exists("/usr/bin/wrk"))
        {
            return;
        }

        progress.WriteLine("wrk is missing: apt-get install -y wrk");
        await RunAsync("apt-get", ["install", "-y", "-qq", "wrk"]);
    }

    /// <param name="headers">Sent with every request (<c>User-Agent: …</c>); wrk sends none of its own.</param>
    public static async Task<WrkResult> RunAsync(Uri url, int threads, int connections, TimeSpan duration, IReadOnlyList<string>? headers = null)
    {
        var output = await RunAsync("/usr/bin/wrk",
            ["--latency", $"-t{threads}", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", .. (headers ?? []).SelectMany(h => new[] { "-H", h }), url.AbsoluteUri]);
        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        var rate = RequestsPerSecond().Match(output);
        var p99 = P99().Match(output);
        var total = TotalRequests().Match(output);
        if (!rate.Success || !p99.Success || !total.Success)
        {
            throw new InvalidOperationException("Unexpected wrk output:\n" + output);
        }

        var nonSuccess = NonSuccess().Match(output);
        return new WrkResult(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(p99.Groups[1].Value, p99.Groups[2].Value),
            long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture),
            nonSuccess.Success ? int.Parse(nonSuccess.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Milliseconds(string value, string unit) => double.Parse(value, CultureInfo.InvariantCulture) * unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        "s" => 1000,
        _ => throw new InvalidOperationException($"Unknown wrk time unit '{unit}'."),
    };

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
