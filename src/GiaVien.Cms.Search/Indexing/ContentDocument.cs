using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// What contributors say of one item, turned into its Lucene document: title, lead and body are searched and make
/// the snippet; categories, filters, keywords, codes, sort keys and facets are matched exactly.
/// </summary>
public sealed class ContentDocument
{
    private readonly List<string> _texts = [];
    private readonly List<string> _categories = [];
    private readonly List<IIndexableField> _exact = [];
    private readonly HashSet<string> _sorted = new(StringComparer.Ordinal);

    /// <summary>The summary searched after the title (the news lead).</summary>
    public string? Lead { get; set; }

    /// <summary>Whether the item may appear on the district portal; null leaves it to its type's <c>Shareable</c>.</summary>
    public bool? Shared { get; set; }

    /// <summary>Adds searchable text to the body (a field, text extracted from an attachment); HTML must be made text first.</summary>
    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _texts.Add(text);
        }
    }

    public void AddCategory(string termId) => _categories.Add(termId);

    /// <summary>A value <c>?Field=value</c> matches, case aside, as the type's public list does.</summary>
    public void AddFilter(string field, string value) => _exact.Add(new StringField(NewsFields.Filter(field), Lower(value), Field.Store.NO));

    /// <summary>A whole value a search of it typed exactly (diacritics and case aside) finds.</summary>
    public void AddKeyword(string value) => _exact.Add(new StringField(NewsFields.Keyword, DocumentCode.Folded(value), Field.Store.NO));

    /// <summary>A document code, found however it is typed (<see cref="DocumentCode"/>).</summary>
    public void AddCode(string value)
    {
        var parts = DocumentCode.Parts(value);
        if (parts.Count == 0)
        {
            return;
        }

        _exact.Add(new StringField(NewsFields.Code, DocumentCode.Canonical(value), Field.Store.NO));
        foreach (var part in parts)
        {
            _exact.Add(new StringField(NewsFields.CodePart, part, Field.Store.NO));
        }
    }

    /// <summary>The value results may be ordered by; the first one given counts.</summary>
    public void AddSortKey(string field, string value)
    {
        if (_sorted.Add(field))
        {
            _exact.Add(new SortedDocValuesField(NewsFields.Sort(field), new BytesRef(Lower(value))));
        }
    }

    /// <summary>A value counted in the facet of <paramref name="field"/>, as written.</summary>
    public void AddFacet(string field, string value) => _exact.Add(new SortedSetDocValuesField(NewsFields.Facet(field), new BytesRef(value)));

    /// <remarks>
    /// Title, lead and body are each analysed once (<see cref="VietnameseAnalyzer.Syllables"/>) for both their text field
    /// and the syllable-pair field; they are stored apart, since a field given its tokens cannot also store its text.
    /// </remarks>
    internal Document Build(ContentItem item, bool shared, IReadOnlyDictionary<string, string> categoryTitles, VietnameseAnalyzer analyzer)
    {
        var lead = Lead ?? "";
        var body = string.Join("\n", _texts);
        var (titleSyllables, leadSyllables, bodySyllables) = (analyzer.Syllables(item.DisplayText), analyzer.Syllables(lead), analyzer.Syllables(body));
        var date = DisplayDates.Of(item).Ticks;
        var document = new Document
        {
            new StringField(NewsFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(NewsFields.ContentType, item.ContentType, Field.Store.YES),
            new StoredField(NewsFields.Title, item.DisplayText),
            new StoredField(NewsFields.Lead, lead),
            new StoredField(NewsFields.Body, body),
            Analysed(NewsFields.Title, titleSyllables),
            Analysed(NewsFields.Lead, leadSyllables),
            Analysed(NewsFields.Body, bodySyllables),
            Analysed(NewsFields.TitleBigrams, titleSyllables),
            Analysed(NewsFields.TextBigrams, leadSyllables),
            Analysed(NewsFields.TextBigrams, bodySyllables),
            new StoredField(NewsFields.Path, item.RoutePath),
            new StoredField(NewsFields.Date, date),
            new NumericDocValuesField(NewsFields.Date, date),
            new StringField(NewsFields.Shared, shared ? NewsFields.Yes : "0", Field.Store.NO),
        };
        if (EnglishFields.IsEnglish(item))
        {
            EnglishFields.Add(document, item.DisplayText, lead, body);
        }

        foreach (var term in _categories)
        {
            document.Add(new StringField(NewsFields.Category, term, Field.Store.YES));
            if (categoryTitles.TryGetValue(term, out var title))
            {
                document.Add(new StoredField(NewsFields.CategoryTitle, title));
            }
        }

        foreach (var field in _exact)
        {
            document.Add(field);
        }

        return document;
    }

    // Syllable pairs are only ever looked up as single terms (the boost query's pair clauses, never a phrase), so their
    // positions would be written at every indexed pair and never read: about a third of the tokens a rebuild indexes.
    // Frequencies and norms stay, so pair scores are what they were. An index written with positions is still read as is:
    // Lucene keeps the lesser options where segments differ.
    private static readonly FieldType PairsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static Field Analysed(string field, SyllableTokens syllables) => NewsFields.IsBigramField(field)
        ? new Field(field, VietnameseAnalyzer.Index(field, syllables), PairsType)
        : new TextField(field, VietnameseAnalyzer.Index(field, syllables));

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>How filters compare values: NFC, lowercase (the query string is read the same way).</summary>
    public static string Lower(string value) => value.Trim().Normalize().ToLowerInvariant();
}
