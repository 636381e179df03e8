using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>
/// What a build's rebuilt district index holds, read from disk after its server stopped: documents, and per indexed field
/// the documents having it and its tokens (its postings for a field kept without frequencies). Two builds compared per item are only comparable when these agree (or differ
/// where the newer build indexes more on purpose).
/// </summary>
internal sealed record IndexContents(int Documents, IReadOnlyDictionary<string, (int Documents, long Tokens)> Fields)
{
    /// <summary>The live generation of the one tenant's news index under <paramref name="dataPath"/> (the bench sets up the district alone).</summary>
    public static IndexContents Read(string dataPath)
    {
        var current = System.IO.Directory.GetFiles(Path.Combine(dataPath, "Sites"), "CURRENT", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == "news");
        var generation = Path.Combine(Path.GetDirectoryName(current)!, File.ReadAllText(current).Trim());
        using var directory = new NIOFSDirectory(generation);
        using var reader = DirectoryReader.Open(directory);
        var fields = new SortedDictionary<string, (int, long)>(StringComparer.Ordinal);
        foreach (var field in MultiFields.GetFields(reader) ?? Enumerable.Empty<string>())
        {
            var terms = MultiFields.GetTerms(reader, field);
            // Fields indexed without frequencies (ids, filters, codes) report no token count: their postings stand in for it.
            fields[field] = (terms.DocCount, terms.SumTotalTermFreq >= 0 ? terms.SumTotalTermFreq : terms.SumDocFreq);
        }

        return new IndexContents(reader.NumDocs, fields);
    }
}
