using System.Collections.Concurrent;

namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>
/// Data folders set up once per process and copied for every later use of the same set-up (same kind, same build). A
/// command-line run measures one bench with at most two different builds, so it sets up as before; what repeats is
/// a build measured against itself (the smoke tests' reference) and the smoke tests, which run many benches in one
/// process: a <c>giavien-demo</c> set-up is a start plus a whole recipe run, a copy is a few hundred kilobytes.
/// The templates are never started after their set-up, so every copy is the installation as its set-up left it; they
/// are removed when the process exits.
/// </summary>
internal static class SetUpTemplates
{
    // The log ServerProcess appends to in the data folder: a copy starts without it, so "is ready" in it is the copy's own.
    private const string ServerLog = "stdout.log";

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("giavien-bench-setups-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(root);
        return root;
    });

    /// <summary>
    /// Fills the empty <paramref name="dataPath"/> with the set-up named <paramref name="key"/> (which must name
    /// everything the set-up depends on, the build's dll included): <paramref name="setUp"/> runs once per process, into a
    /// template folder, and each call copies that folder. Concurrent callers of one key wait for the one set-up.
    /// </summary>
    public static async Task CopyAsync(string key, string dataPath, Func<string, Task> setUp)
    {
        var template = Templates.GetOrAdd(key, _ => new Lazy<Task<string>>(() => SetUpAsync(setUp)));
        string folder;
        try
        {
            folder = await template.Value;
        }
        catch
        {
            // A failed set-up (a busy machine's time-out) is not kept: the next caller tries again.
            Templates.TryRemove(KeyValuePair.Create(key, template));
            throw;
        }

        Copy(folder, dataPath);
    }

    private static async Task<string> SetUpAsync(Func<string, Task> setUp)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root.Value, Guid.NewGuid().ToString("N"))).FullName;
        await setUp(folder);
        return folder;
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative == ServerLog)
            {
                continue;
            }

            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static void Remove(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
