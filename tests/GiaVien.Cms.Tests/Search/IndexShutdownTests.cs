using GiaVien.Cms.Data;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GiaVien.Cms.Tests.Search;

/// <summary>A rebuild must not outlive the host: it stops with the host's stopping token, and a closed index starts nothing new.</summary>
public sealed class IndexShutdownTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-shutdown-").FullName;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_rebuild_waiting_on_the_database_stops_when_the_host_begins_to_stop()
    {
        using var index = NewIndex();
        index.Open();
        await _asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(index.Rebuild!.IsRunning);

        await _stopping.CancelAsync();
        for (var i = 0; i < 200 && index.Rebuild.IsRunning; i++)
        {
            await Task.Delay(50);
        }

        var stopped = index.Rebuild;
        Assert.False(stopped.IsRunning);
        Assert.NotNull(stopped.Error);
        // A stopping host starts no new rebuild (the administration page could still ask for one).
        await index.StartRebuild();
        Assert.Same(stopped, index.Rebuild);
    }

    [Fact]
    public async Task Disposing_during_a_rebuild_returns_once_it_stopped_and_a_closed_index_writes_nothing_more()
    {
        var index = NewIndex();
        index.Open();
        await _asked.Task.WaitAsync(TimeSpan.FromSeconds(30));

        index.Dispose();
        var rebuild = index.Rebuild!;
        index.Open();
        _ = index.StartRebuild();

        Assert.False(rebuild.IsRunning);
        Assert.Same(rebuild, index.Rebuild);
        Assert.Null(index.LivePath);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        _stopping.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private TenantIndex NewIndex() => new("xa-thu", isDistrict: false, _folder, UnansweringDatabaseAsync, TestIndex.Analyzer, GiaVien.Cms.Search.Bench.NewsIndexing.Documents, new SearchOptions(),
        TimeProvider.System, NullLogger.Instance, _stopping.Token);

    // A database that does not answer until the caller gives up (a locked or unreachable server).
    private async Task<CmsDbContext> UnansweringDatabaseAsync(CancellationToken cancellationToken)
    {
        _asked.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }
}
