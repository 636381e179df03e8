using System.Globalization;
using System.Text.Json;

namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>
/// What a CMS server answered with a status of 400 or more during a measured run, read from its own request log
/// (<c>logs/cms-*.log</c> in its data folder: every such request is an event of its own there, with its status, path,
/// duration and exception). wrk only counts them; this says which statuses, for which paths and why, so that a run with
/// "not 2xx" answers can be explained rather than guessed at. Read after the server has stopped (its log is written
/// through a background queue that the stop flushes).
/// </summary>
internal static class RefusedRequests
{
    /// <summary>One line per status, path and exception (or "none" if the log holds no such request in the window).</summary>
    public static string Describe(string dataPath, DateTimeOffset from, DateTimeOffset to)
    {
        var folder = Path.Combine(dataPath, "logs");
        if (!Directory.Exists(folder))
        {
            return "no request log";
        }

        var refused = Directory.EnumerateFiles(folder, "cms-*.log").SelectMany(File.ReadLines)
            .Select(Parse).OfType<Refusal>()
            .Where(r => r.At >= from && r.At <= to)
            .GroupBy(r => (r.Status, r.Path, r.Exception))
            .Select(g => $"{g.Count()} × {g.Key.Status} {g.Key.Path} ({g.Min(r => r.ElapsedMs):0} to {g.Max(r => r.ElapsedMs):0} ms)"
                + (g.Key.Exception is null ? "" : $": {g.Key.Exception}"))
            .ToList();
        return refused.Count == 0 ? "none in the server's request log" : string.Join("; ", refused);
    }

    private static Refusal? Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (!root.TryGetProperty("StatusCode", out var status) || status.GetInt32() < 400)
        {
            return null;
        }

        // The exception's first line (type and message) says why; its stack trace is in the log itself.
        var exception = root.TryGetProperty("@x", out var x) ? x.GetString()?.Split('\n')[0].Trim() : null;
        return new Refusal(DateTimeOffset.Parse(root.GetProperty("@t").GetString()!, CultureInfo.InvariantCulture), status.GetInt32(),
            root.GetProperty("RequestPath").GetString() ?? "", root.GetProperty("Elapsed").GetDouble(), exception);
    }

    private sealed record Refusal(DateTimeOffset At, int Status, string Path, double ElapsedMs, string? Exception);
}
