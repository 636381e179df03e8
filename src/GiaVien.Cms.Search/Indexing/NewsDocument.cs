using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Parts;
using Lucene.Net.Documents;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>Turns a published content item into its index document.</summary>
public static class NewsDocument
{
    /// <summary>Whether an item belongs in the search index: published and reachable at a public path.</summary>
    public static bool IsSearchable(ContentItem item) => item.Published && !string.IsNullOrEmpty(item.RoutePath);

    /// <param name="alwaysShared">The district's own items: shown on the district portal whether marked shared or not.</param>
    public static Document Create(ContentItem item, IReadOnlyDictionary<string, string> categoryTitles, bool alwaysShared = false)
    {
        var news = item.As<NewsPart>();
        var lead = news.Lead ?? "";
        var body = HtmlText.ToText(news.Body ?? item.As<PagePart>().Body);
        var date = DisplayDates.Of(item).Ticks;
        var document = new Document
        {
            new StringField(NewsFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(NewsFields.ContentType, item.ContentType, Field.Store.YES),
            new TextField(NewsFields.Title, item.DisplayText, Field.Store.YES),
            new TextField(NewsFields.Lead, lead, Field.Store.YES),
            new TextField(NewsFields.Body, body, Field.Store.YES),
            new TextField(NewsFields.TitleBigrams, item.DisplayText, Field.Store.NO),
            new TextField(NewsFields.TextBigrams, lead, Field.Store.NO),
            new TextField(NewsFields.TextBigrams, body, Field.Store.NO),
            new StoredField(NewsFields.Path, item.RoutePath),
            new Int64Field(NewsFields.Date, date, Field.Store.YES),
            new NumericDocValuesField(NewsFields.Date, date),
            new StringField(NewsFields.Shared, alwaysShared || news.ShareWithDistrict ? NewsFields.Yes : "0", Field.Store.NO),
        };
        foreach (var term in news.TermIds)
        {
            document.Add(new StringField(NewsFields.Category, term, Field.Store.YES));
            if (categoryTitles.TryGetValue(term, out var title))
            {
                document.Add(new StoredField(NewsFields.CategoryTitle, title));
            }
        }

        return document;
    }
}
