using System.Text.Json;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The host's own log files (compact JSON, one event a line), read while the host still writes them.</summary>
public static class LogFiles
{
    public static string ReadAll(string dataPath) =>
        string.Join("\n", Directory.EnumerateFiles(Path.Combine(dataPath, "logs")).Select(ReadShared));

    public static List<JsonElement> ReadEvents(string dataPath) =>
        ReadAll(dataPath).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
