namespace GiaVien.Cms.Search.Indexing;

/// <summary>A rebuild of a tenant's index, as the administration page shows it.</summary>
public sealed class RebuildProgress(DateTimeOffset started)
{
    private int _done;

    public DateTimeOffset Started { get; } = started;

    public int Total { get; set; }

    public int Done { get => Volatile.Read(ref _done); set => Volatile.Write(ref _done, value); }

    public DateTimeOffset? Finished { get; private set; }

    public string? Error { get; private set; }

    public bool IsRunning => Finished is null;

    public int Percent => Total == 0 ? (IsRunning ? 0 : 100) : Math.Min(100, Done * 100 / Total);

    public void Finish(DateTimeOffset at, string? error)
    {
        Error = error;
        Finished = at;
    }
}
