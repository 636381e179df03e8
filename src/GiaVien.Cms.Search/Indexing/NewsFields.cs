namespace GiaVien.Cms.Search.Indexing;

/// <summary>The fields of a news document in the index.</summary>
public static class NewsFields
{
    public const string Id = "id";
    public const string ContentType = "type";
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Body = "body";
    public const string TitleBigrams = "title_bi";
    public const string TextBigrams = "text_bi";
    public const string Path = "path";
    public const string Date = "date";
    public const string Category = "category";
    public const string CategoryTitle = "category_title";
    public const string Shared = "shared";

    /// <summary>The stored value of <see cref="Shared"/> for items shared with the district portal.</summary>
    public const string Yes = "1";

    public static bool IsBigramField(string field) => field.EndsWith("_bi", StringComparison.Ordinal);
}
