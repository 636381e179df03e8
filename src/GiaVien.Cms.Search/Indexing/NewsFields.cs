namespace GiaVien.Cms.Search.Indexing;

/// <summary>The fields of a content item's document in the index.</summary>
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

    /// <summary>Each part of every document code of the item (<see cref="Analysis.DocumentCode"/>), one term each.</summary>
    public const string CodePart = "code";

    /// <summary>Each whole document code of the item, its parts in order of <see cref="Analysis.DocumentCode.Canonical"/>.</summary>
    public const string Code = "code_all";

    /// <summary>Each whole value of the item's keyword fields, its parts folded and in order (<see cref="Analysis.DocumentCode.Folded"/>).</summary>
    public const string Keyword = "keyword";

    /// <summary>The stored value of <see cref="Shared"/> for items shared with the district portal.</summary>
    public const string Yes = "1";

    public static bool IsBigramField(string field) => field.EndsWith("_bi", StringComparison.Ordinal);

    /// <summary>A filterable field's value, as lists compare it (case aside).</summary>
    public static string Filter(string field) => "f." + field;

    /// <summary>A sortable field's value (doc values).</summary>
    public static string Sort(string field) => "s." + field;

    /// <summary>A facet field's values (sorted-set doc values).</summary>
    public static string Facet(string field) => "x." + field;
}
