using GiaVien.Cms.Data;
using GiaVien.Cms.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The news index of one tenant. It applies the tenant's change log in order (one writer at a time), keeps
/// near-real-time searchers, and rebuilds itself from the database into a shadow generation that replaces
/// the live one atomically; until then the live one keeps answering.
/// </summary>
public sealed class TenantIndex : ISearcherSource, IDisposable
{
    private static readonly TimeSpan RebuildStopLimit = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly IndexFolder _folder;
    private readonly Func<CancellationToken, Task<CmsDbContext>> _openDatabase;
    private readonly VietnameseAnalyzer _analyzer;
    private readonly ContentDocuments _documents;
    private readonly SearchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private volatile IndexGeneration? _live;
    private volatile RebuildProgress? _rebuild;
    private readonly CancellationTokenSource _closing;
    private readonly Lock _rebuildLock = new();
    private Task _rebuildTask = Task.CompletedTask;
    private bool _disposed;
    private int _disposing;

    /// <param name="stopping">The host's stopping token: a running rebuild is abandoned when the host begins to stop.</param>
    public TenantIndex(string tenantName, bool isDistrict, string folder, Func<CancellationToken, Task<CmsDbContext>> openDatabase,
        VietnameseAnalyzer analyzer, ContentDocuments documents, SearchOptions options, TimeProvider clock, ILogger logger, CancellationToken stopping = default)
    {
        _closing = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        TenantName = tenantName;
        IsDistrict = isDistrict;
        _folder = new IndexFolder(folder);
        _openDatabase = openDatabase;
        _analyzer = analyzer;
        _documents = documents;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    public string TenantName { get; }

    /// <summary>The district's own items are all shown on the district portal, shared or not.</summary>
    public bool IsDistrict { get; }

    public string FolderPath => _folder.Path;

    /// <summary>The change-log position the index stood at when this process opened it (null: it had to be rebuilt).</summary>
    public long? OpenedAtSequence { get; private set; }

    /// <summary>How far the live index has applied the change log.</summary>
    public long AppliedSequence => _live?.Cursor.Applied ?? 0;

    /// <summary>Items in the live index.</summary>
    public int DocumentCount()
    {
        if (Acquire() is not { } acquired)
        {
            return 0;
        }

        try
        {
            return acquired.Searcher.IndexReader.NumDocs;
        }
        finally
        {
            ISearcherSource.Release(acquired);
        }
    }

    /// <summary>The live generation's folder (it changes when a rebuild is swapped in).</summary>
    public string? LivePath => _live?.Path;

    /// <summary>The running (or last) rebuild, for the administration page.</summary>
    public RebuildProgress? Rebuild => _rebuild;

    /// <summary>Opens the live generation; starts a rebuild when it is missing, unreadable or of an older analyzer.</summary>
    public void Open()
    {
        // Under the writer lock, so a Dispose racing with opening either finds the generation to close or stops the opening.
        _write.Wait();
        try
        {
            if (!_disposed)
            {
                OpenLive();
            }
        }
        finally
        {
            _write.Release();
        }
    }

    private void OpenLive()
    {
        var current = _folder.Current();
        if (current is not null)
        {
            try
            {
                _live = IndexGeneration.Open(current, _analyzer, _clock.GetUtcNow().UtcDateTime);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException)
            {
                _logger.LogWarning(e, "Search index of tenant {TenantName} is unreadable; rebuilding it from the database", TenantName);
            }
        }

        if (_live is { IsCurrentVersion: true } live)
        {
            OpenedAtSequence = live.Cursor.Applied;
            return;
        }

        _logger.LogInformation("Search index of tenant {TenantName} is {State}; rebuilding it from the database", TenantName,
            _live is null ? "missing" : $"of analyzer {_live.AnalyzerVersion}");
        StartRebuild();
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) for the rebuild of an index that had nothing to serve, so a new
    /// or lost index of a small tenant answers its first search complete rather than empty.
    /// </summary>
    public async Task WaitForFirstBuildAsync(TimeSpan limit)
    {
        if (_live is null)
        {
            await Task.WhenAny(_rebuildTask, Task.Delay(limit));
        }
    }

    /// <summary>A searcher on the live index (release it with <see cref="ISearcherSource.Release"/>), or null while there is none yet.</summary>
    public (IndexSearcher Searcher, SearcherManager Manager)? Acquire()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var live = _live;
            if (live is null)
            {
                return null;
            }

            try
            {
                return (live.Searchers.Acquire(), live.Searchers);
            }
            catch (ObjectDisposedException)
            {
                // The generation was swapped out between reading _live and acquiring: take the new one.
            }
        }

        return null;
    }

    /// <summary>Applies the change-log entries the live index has not seen yet; returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            // The live generation is read under the lock. Read before it, a catch-up that waited for a rebuild's swap
            // found the old generation gone and did nothing, so a change committed after the swap read the log was
            // left for the next sweep, a minute later; now it is applied to the generation swapped in. While a rebuild
            // runs with nothing to serve yet (or only an older analyzer's index), its swap reads the log last.
            return _disposed || _live is not { IsCurrentVersion: true } live ? 0 : await ApplyChangesAsync(live, cancellationToken);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Starts rebuilding from the database in a shadow generation, unless a rebuild is already running.</summary>
    public Task StartRebuild()
    {
        lock (_rebuildLock)
        {
            if (!_rebuildTask.IsCompleted || _closing.IsCancellationRequested)
            {
                return _rebuildTask;
            }

            _rebuild = new RebuildProgress(_clock.GetUtcNow());
            var progress = _rebuild;
            return _rebuildTask = Task.Run(() => RebuildAsync(progress, _closing.Token));
        }
    }

    private async Task RebuildAsync(RebuildProgress progress, CancellationToken cancellationToken)
    {
        IndexGeneration? shadow = null;
        try
        {
            await using (var db = await _openDatabase(cancellationToken))
            {
                var source = new NewsSource(db);
                // Read the log position first: whatever changes while the items are read is replayed after.
                var start = await source.MaxSequenceAsync(cancellationToken);
                progress.Total = await source.CountPublishedAsync(cancellationToken);
                var titles = await source.CategoryTitlesAsync(cancellationToken);
                var definitions = await _documents.DefinitionsAsync(db, cancellationToken);
                shadow = IndexGeneration.Create(_folder.NewGeneration(), _analyzer, start);
                for (long after = 0; ;)
                {
                    var (items, last) = await source.PublishedPageAsync(after, _options.BatchSize, cancellationToken);
                    if (items.Count == 0)
                    {
                        break;
                    }

                    var batch = new ContentIndexBatch(TenantName, items, definitions, titles, IsDistrict);
                    await _documents.PrepareAsync(batch, db, cancellationToken);
                    shadow.AddAll(batch, _documents, Environment.ProcessorCount, cancellationToken);
                    progress.Done += items.Count;
                    after = last;
                }

                shadow.Commit();
                await ApplyChangesAsync(shadow, cancellationToken);
            }

            await SwapAsync(shadow, cancellationToken);
            progress.Finish(_clock.GetUtcNow(), error: null);
            _logger.LogInformation("Search index of tenant {TenantName} rebuilt: {Count} items", TenantName, progress.Done);
        }
        catch (Exception e)
        {
            shadow?.Discard();
            if (shadow is not null)
            {
                _folder.DeleteOthers(_live?.Path);
            }

            progress.Finish(_clock.GetUtcNow(), e.Message);
            if (!_closing.IsCancellationRequested)
            {
                _logger.LogError(e, "Rebuilding the search index of tenant {TenantName} failed", TenantName);
            }
        }
    }

    private async Task SwapAsync(IndexGeneration shadow, CancellationToken cancellationToken)
    {
        IndexGeneration? old;
        await _write.WaitAsync(cancellationToken);
        try
        {
            if (_disposed)
            {
                shadow.Discard();
                return;
            }

            await ApplyChangesAsync(shadow, cancellationToken);
            _folder.Publish(shadow.Path);
            old = _live;
            _live = shadow;
        }
        finally
        {
            _write.Release();
        }

        old?.Dispose();
        _folder.DeleteOthers(shadow.Path);
    }

    private async Task<int> ApplyChangesAsync(IndexGeneration generation, CancellationToken cancellationToken)
    {
        var applied = 0;
        await using var db = await _openDatabase(cancellationToken);
        var source = new NewsSource(db);
        IReadOnlyDictionary<string, string>? titles = null;
        Content.Definitions.ContentDefinitions? definitions = null;
        while (true)
        {
            var entries = await source.ChangesAsync(generation.Cursor, _options.BatchSize, cancellationToken);
            if (entries.Count == 0)
            {
                break;
            }

            titles ??= await source.CategoryTitlesAsync(cancellationToken);
            definitions ??= await _documents.DefinitionsAsync(db, cancellationToken);
            // Each entry only says "this item changed": the item's current published state is what is indexed,
            // which makes replaying an entry twice (after a crash) harmless.
            var ids = entries.Select(e => e.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
            var batch = new ContentIndexBatch(TenantName, (await source.PublishedAsync(ids, cancellationToken)).Where(ContentDocuments.IsSearchable).ToList(), definitions, titles, IsDistrict);
            await _documents.PrepareAsync(batch, db, cancellationToken);
            var published = batch.Items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var term = new Term(NewsFields.Id, id);
                if (published.TryGetValue(id, out var item))
                {
                    generation.Writer.UpdateDocument(term, _documents.Create(item, batch));
                }
                else
                {
                    generation.Writer.DeleteDocuments(term);
                }
            }

            generation.Cursor.Advance(entries.Select(e => e.Sequence), _clock.GetUtcNow().UtcDateTime);
            generation.Commit();
            applied += entries.Count;
            if (entries.Count < _options.BatchSize)
            {
                break;
            }
        }

        return applied;
    }

    /// <summary>
    /// Stops the background work (a running rebuild is abandoned, its shadow discarded) and closes the live
    /// generation; when it returns nothing of this index writes to its folder any more.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposing, 1) == 1)
        {
            return;
        }

        _closing.Cancel();
        _write.Wait();
        try
        {
            // From here on no opening, catching up or swap touches the index.
            _disposed = true;
        }
        finally
        {
            _write.Release();
        }

        Task rebuild;
        lock (_rebuildLock)
        {
            rebuild = _rebuildTask;
        }

        // The rebuild observes the cancellation within a batch; it needs the writer lock to finish, so wait outside it.
        if (!rebuild.ContinueWith(_ => { }, TaskScheduler.Default).Wait(RebuildStopLimit))
        {
            _logger.LogWarning("The search index rebuild of tenant {TenantName} did not stop within {Seconds} s of closing", TenantName, RebuildStopLimit.TotalSeconds);
        }
        _write.Wait();
        try
        {
            _live?.Dispose();
            _live = null;
        }
        finally
        {
            _write.Release();
        }

        _closing.Dispose();
    }

    /// <summary>Closes the index and deletes its folder (the tenant was removed).</summary>
    public void Delete()
    {
        Dispose();
        if (Directory.Exists(_folder.Path))
        {
            Directory.Delete(_folder.Path, recursive: true);
        }
    }
}
