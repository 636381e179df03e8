using System.Globalization;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// A tenant's index folder (<c>Sites/{tenant}/Indexes/news</c>). It holds generations (one Lucene index
/// each) and a <c>CURRENT</c> file naming the live one; a rebuilt generation goes live by an atomic rename
/// of that file, so a reader of the folder always finds a complete index.
/// </summary>
public sealed class IndexFolder(string path)
{
    private const string CurrentFile = "CURRENT";

    public string Path { get; } = path;

    /// <summary>The live generation's folder, or null when none was ever published.</summary>
    public string? Current()
    {
        var file = System.IO.Path.Combine(Path, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }

        var name = File.ReadAllText(file).Trim();
        return name.Length > 0 && !name.Contains('/') && !name.Contains("..", StringComparison.Ordinal) ? System.IO.Path.Combine(Path, name) : null;
    }

    /// <summary>A new, empty generation folder.</summary>
    public string NewGeneration()
    {
        var name = "g" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Makes <paramref name="generation"/> the live one (atomic on the file system) and removes the others.</summary>
    public void Publish(string generation)
    {
        var temp = System.IO.Path.Combine(Path, CurrentFile + ".tmp");
        File.WriteAllText(temp, System.IO.Path.GetFileName(generation));
        File.Move(temp, System.IO.Path.Combine(Path, CurrentFile), overwrite: true);
    }

    /// <summary>Deletes every generation but <paramref name="keep"/> (best effort: a folder still open is retried next time).</summary>
    public void DeleteOthers(string? keep)
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Path).Where(f => f != keep))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Removed by a later rebuild or at the next start.
            }
        }
    }
}
