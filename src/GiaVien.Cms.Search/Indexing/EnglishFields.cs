using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Parts;
using Lucene.Net.Documents;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// What an English item's document holds besides the fields every item has: its title, lead and body again in
/// fields analysed as English (<see cref="Analysis.EnglishChain"/>), which English searches read, and its language,
/// which keeps it out of Vietnamese searches. Vietnamese items gain nothing, so their documents stay as they were.
/// </summary>
public static class EnglishFields
{
    public const string Suffix = "_en";
    public const string Title = NewsFields.Title + Suffix;
    public const string Lead = NewsFields.Lead + Suffix;
    public const string Body = NewsFields.Body + Suffix;

    /// <summary>The item's language when it is not Vietnamese (only "en" is indexed as such today).</summary>
    public const string Language = "lang";

    public static bool IsEnglishField(string field) => field.EndsWith(Suffix, StringComparison.Ordinal);

    public static bool IsEnglish(ContentItem item) =>
        item.Part(LocalizationPart.PartName) is not null && item.As<LocalizationPart>().Culture == LocalizationPart.English;

    internal static void Add(Document document, string title, string lead, string body)
    {
        document.Add(new StringField(Language, LocalizationPart.English, Field.Store.NO));
        document.Add(new TextField(Title, title, Field.Store.NO));
        document.Add(new TextField(Lead, lead, Field.Store.NO));
        document.Add(new TextField(Body, body, Field.Store.NO));
    }
}
