using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// The one analyzer of Vietnamese news, for indexing and for queries. Text is normalised to NFC by a char
/// filter (offsets stay those of the original text, so highlights land on the right letters even for NFD
/// input), split into syllables, lowercased and tone-placement normalised ("hoà" = "hòa"). Text fields then
/// carry, at each position, the folded syllable ("vien") and, when it differs, the accented one ("viễn"):
/// a query without diacritics matches everything, a query with them can prefer exact matches.
/// Bigram fields (<see cref="NewsFields.IsBigramField"/>) carry folded syllable pairs ("gia vien") for
/// phrase-like ranking without position checks.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    /// <summary>
    /// Stored in every index commit; an index written by another version is rebuilt. vi-3: every type's fields are
    /// indexed by their settings (filters, keywords, codes, sort keys, facets), not the news part alone. vi-4: English
    /// items carry their language and English-analysed fields (<see cref="Indexing.EnglishFields"/>).
    /// </summary>
    public const string Version = "vi-4";

    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly bool _normalize;

    public VietnameseAnalyzer() : this(normalize: true)
    {
    }

    // Text and bigram fields have different chains, so reused components must be kept per field.
    private VietnameseAnalyzer(bool normalize) : base(PER_FIELD_REUSE_STRATEGY) => _normalize = normalize;

    /// <summary>
    /// The same tokens and offsets for text known to be NFC already (<see cref="string.IsNormalized()"/>), without the
    /// normalising char filter, which costs about as much as the rest of the chain: for marking search results.
    /// </summary>
    public static VietnameseAnalyzer ForNfcText() => new(normalize: false);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        _normalize ? new ICUNormalizer2CharFilter(reader, Normalizer2.NFCInstance) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (Indexing.EnglishFields.IsEnglishField(fieldName))
        {
            return EnglishChain.Create(reader);
        }

        var tokenizer = new StandardTokenizer(Lucene, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Lucene, tokenizer);
        stream = new ToneMarkFilter(stream);
        if (Indexing.NewsFields.IsBigramField(fieldName))
        {
            return new TokenStreamComponents(tokenizer, new SyllablePairFilter(new FoldingFilter(stream, keepOriginal: false)));
        }

        return new TokenStreamComponents(tokenizer, new FoldingFilter(stream, keepOriginal: true));
    }
}
