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

    // Not fields of any document: the names under which the analyzer stops after the stages all fields share, for text
    // of any form and for text already in NFC (most of it), which needs no normalising filter.
    private const string SyllablesOnly = "\u0001syllables";
    private const string SyllablesOfNfc = "\u0001syllables-nfc";

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
        _normalize && fieldName != SyllablesOfNfc ? new ICUNormalizer2CharFilter(reader, Normalizer2.NFCInstance) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (Indexing.EnglishFields.IsEnglishField(fieldName))
        {
            return EnglishChain.Create(reader);
        }

        var tokenizer = new StandardTokenizer(Lucene, reader) { MaxTokenLength = 64 };
        TokenStream syllables = new ToneMarkFilter(new LowerCaseFilter(Lucene, tokenizer));
        return new TokenStreamComponents(tokenizer, fieldName is SyllablesOnly or SyllablesOfNfc ? syllables : ForField(fieldName, syllables));
    }

    /// <summary>Analyses <paramref name="text"/> up to what every field shares, once, for <see cref="Index"/> to finish per field.</summary>
    /// <remarks>
    /// Text already in NFC skips the normalising char filter: it would change nothing, offsets included, yet it copies
    /// every character through ICU's buffers.
    /// </remarks>
    public SyllableTokens Syllables(string text) =>
        SyllableTokens.Read(GetTokenStream(Normalizer2.NFCInstance.IsNormalized(text) ? SyllablesOfNfc : SyllablesOnly, text));

    /// <summary>What <paramref name="fieldName"/> indexes of the syllables: the same terms as analysing their text for that field.</summary>
    public static TokenStream Index(string fieldName, SyllableTokens syllables) => Indexing.NewsFields.IsBigramField(fieldName)
        ? syllables.PairStream
        : syllables.TextStream;

    // The stages after the shared ones: folded and accented syllables for text fields, folded pairs for bigram fields.
    private static TokenStream ForField(string fieldName, TokenStream syllables) => Indexing.NewsFields.IsBigramField(fieldName)
        ? new SyllablePairFilter(new FoldingFilter(syllables, keepOriginal: false))
        : new FoldingFilter(syllables, keepOriginal: true);
}
