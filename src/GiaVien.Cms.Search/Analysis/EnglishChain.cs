using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// How English text is analysed, in the fields only English items have (<see cref="Indexing.EnglishFields"/>):
/// words lowercased, possessives and stop words dropped, stemmed by Porter's rules ("reviews", "reviewing" →
/// "review"), and folded to ASCII so Vietnamese names in English text ("Gia Viễn") are found typed without
/// diacritics. Stop words leave their position empty, so a quoted phrase still needs its words in order.
/// </summary>
internal static class EnglishChain
{
    public static TokenStreamComponents Create(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(VietnameseAnalyzer.Lucene, reader) { MaxTokenLength = 64 };
        TokenStream stream = new EnglishPossessiveFilter(VietnameseAnalyzer.Lucene, tokenizer);
        stream = new LowerCaseFilter(VietnameseAnalyzer.Lucene, stream);
        stream = new StopFilter(VietnameseAnalyzer.Lucene, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    }
}
