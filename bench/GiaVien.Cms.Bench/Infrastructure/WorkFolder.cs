namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>A fresh temp folder for one benchmark run, removed afterwards.</summary>
internal sealed class WorkFolder : IDisposable
{
    public WorkFolder(string name) => Path = Directory.CreateTempSubdirectory($"giavien-bench-{name}-").FullName;

    public string Path { get; }

    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment; a leftover temp folder is harmless.
        }
    }
}
