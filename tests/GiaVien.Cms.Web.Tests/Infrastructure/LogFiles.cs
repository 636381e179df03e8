using System.Text.Json;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The host's own log files (compact JSON, one event a line), read while the host still writes them.</summary>
public static class LogFiles
{
    /// <summary>
    /// How long an event may take to reach the file: the host's sink writes on a thread of its own, after the request
    /// that logged it has answered, and on a loaded machine that thread may wait seconds for a core.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static string ReadAll(string dataPath) =>
        string.Join("\n", Directory.EnumerateFiles(Path.Combine(dataPath, "logs")).Select(ReadShared));

    /// <summary>
    /// The events written so far. A line without its end is still being written (an event larger than the sink's buffer
    /// reaches the file in several writes) and is left for a later read rather than parsed in half.
    /// </summary>
    public static List<JsonElement> ReadEvents(string dataPath) =>
        Directory.EnumerateFiles(Path.Combine(dataPath, "logs"))
            .Select(ReadShared)
            .SelectMany(text => text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    /// <summary>The events once <paramref name="written"/> holds for them, within <see cref="Patience"/>.</summary>
    public static async Task<List<JsonElement>> EventsOnceAsync(string dataPath, Func<List<JsonElement>, bool> written, string failure)
    {
        var events = new List<JsonElement>();
        await Eventually.ThatAsync(() => Task.FromResult(written(events = ReadEvents(dataPath))), Patience, failure);
        return events;
    }

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
