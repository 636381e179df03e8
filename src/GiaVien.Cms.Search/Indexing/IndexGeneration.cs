using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>One Lucene index of a tenant: its writer, its near-real-time searchers and how far it has applied the change log.</summary>
public sealed class IndexGeneration : ISearcherSource, IDisposable
{
    public const string AnalyzerKey = "analyzer";

    public static readonly Similarity Similarity = new Querying.NewsSimilarity();

    private readonly PositionalReadDirectory _directory;

    private IndexGeneration(string path, PositionalReadDirectory directory, IndexWriter writer, ChangeCursor cursor, string? analyzerVersion)
    {
        Path = path;
        _directory = directory;
        Writer = writer;
        Cursor = cursor;
        AnalyzerVersion = analyzerVersion;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new BM25SearcherFactory());
    }

    public string Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public ChangeCursor Cursor { get; }

    /// <summary>The analyzer the index was written with; null for a new index.</summary>
    public string? AnalyzerVersion { get; }

    public bool IsCurrentVersion => AnalyzerVersion == VietnameseAnalyzer.Version;

    /// <summary>Opens an existing index; throws when it is missing or unreadable.</summary>
    public static IndexGeneration Open(string path, VietnameseAnalyzer analyzer, DateTime nowUtc)
    {
        var directory = OpenDirectory(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexNotFoundException($"No index in {path}");
            }

            // Reading the last commit first proves the segments are readable before a writer touches them.
            using (var reader = DirectoryReader.Open(directory))
            {
                _ = reader.NumDocs;
            }

            var writer = new IndexWriter(directory, Config(analyzer, OpenMode.APPEND));
            var data = writer.CommitData;
            return new IndexGeneration(path, directory, writer, ChangeCursor.ReadFrom(data, nowUtc), data.TryGetValue(AnalyzerKey, out var version) ? version : null);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Creates an empty index in <paramref name="path"/>.</summary>
    public static IndexGeneration Create(string path, VietnameseAnalyzer analyzer, long appliedSequence)
    {
        var directory = OpenDirectory(path);
        var writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE));
        return new IndexGeneration(path, directory, writer, new ChangeCursor(appliedSequence), VietnameseAnalyzer.Version);
    }

    /// <summary>
    /// Adds the batch's searchable items (a rebuild: nothing of them is in the index yet), analysing on every core:
    /// IndexWriter takes documents from several threads at once.
    /// </summary>
    public void AddAll(ContentIndexBatch batch, ContentDocuments documents, int threads, CancellationToken cancellationToken = default)
    {
        Parallel.ForEach(batch.Items.Where(ContentDocuments.IsSearchable), new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            item => Writer.AddDocument(documents.Create(item, batch)));
    }

    /// <summary>Makes everything written durable, together with the cursor, in one Lucene commit, and visible to new searches.</summary>
    public void Commit()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [AnalyzerKey] = VietnameseAnalyzer.Version };
        Cursor.WriteTo(data);
        Writer.SetCommitData(data);
        Writer.Commit();
        Searchers.MaybeRefresh();
    }

    public (IndexSearcher Searcher, SearcherManager Manager)? Acquire() => (Searchers.Acquire(), Searchers);

    /// <summary>Closes an unfinished generation (an abandoned rebuild) without committing it or waiting for its merges.</summary>
    public void Discard()
    {
        Searchers.Dispose();
        Writer.Rollback();
        _directory.Dispose();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }

    // Not FSDirectory.Open: on 64-bit Linux that is MMapDirectory, which in Lucene.Net 4.8.0-beta00017 pays a
    // SafeBuffer acquire/release on every byte read and registers every clone of an input (several per term and
    // segment of every query) in a ConditionalWeakTable that the finalizer thread then cleans up. Lucene.Net's
    // issue #1151 measured it 16 times slower than file reads under parallel searches on Linux. Nor NIOFSDirectory's
    // own inputs, which lock and seek a FileStream per read (see PositionalReadDirectory).
    private static PositionalReadDirectory OpenDirectory(string path) => new(path);

    // The buffer is what a writer holds before it flushes a segment; a tenant's few daily changes stay far below it, a
    // rebuild fills it. Our documents take about twice the buffer of plain text ones (syllable pairs, codes, filters),
    // so at raw Lucene's 32 MB a rebuild of 30,000 articles left 7 segments where raw Lucene left 3, and every query
    // pays per segment (term look-ups, scorers): at 64 MB it leaves 4, and the search benchmark's CPU per query fell
    // from 1.9 to 1.6 times the baseline's in the same run (docs/benchmarks.md, round 9), rebuild CPU unchanged.
    private static IndexWriterConfig Config(VietnameseAnalyzer analyzer, OpenMode mode) => new(VietnameseAnalyzer.Lucene, analyzer)
    {
        OpenMode = mode,
        Similarity = Similarity,
        RAMBufferSizeMB = 64,
    };

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
