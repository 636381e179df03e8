using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// A rebuild writes what its threads still buffer before its commit (<see cref="IndexGeneration.FlushBuffered"/>), so
/// the commit, which would write it on one thread, has nothing left to write; changes after it are buffered again
/// until their own commit, not written one segment per document.
/// </summary>
public sealed class RebuildFlushTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-flush-").FullName;

    [Fact]
    public void The_rebuilds_buffers_are_written_before_its_commit_and_later_changes_wait_for_theirs()
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        var items = Enumerable.Range(1, 402).Select(generator.Next).ToList();
        using var generation = IndexGeneration.Create(_folder, TestIndex.Analyzer, appliedSequence: 0);
        var batch = NewsIndexing.Batch(items[..400], new Dictionary<string, string>());
        generation.AddAll(batch, NewsIndexing.Documents, threads: 2);
        Assert.True(generation.Writer.NumRamDocs() > 0, "400 items stay below the writer's buffer");

        generation.FlushBuffered(threads: 2);

        Assert.Equal(0, generation.Writer.NumRamDocs());
        generation.Commit();
        using (var reader = DirectoryReader.Open(generation.Writer, applyAllDeletes: true))
        {
            Assert.Equal(400, reader.NumDocs);
        }

        var later = NewsIndexing.Batch(items[400..], new Dictionary<string, string>());
        foreach (var item in later.Items)
        {
            generation.Writer.AddDocument(NewsIndexing.Documents.Create(item, later));
        }

        Assert.Equal(2, generation.Writer.NumRamDocs());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
