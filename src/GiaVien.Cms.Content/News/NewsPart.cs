using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Content.News;

/// <summary>
/// The district's news: the type <see cref="TypeName"/> and its part <see cref="Name"/> (lead, body, featured image,
/// byline, source, categories, display date, "share with the district", SEO description). The only code that knows their names and
/// the part's JSON; everything else reads <c>item.As&lt;NewsPart&gt;()</c> or the summary it contributes.
/// </summary>
public sealed record NewsPart : IContentPart<NewsPart>
{
    public const string TypeName = "DistrictNews";
    public const string Name = "DistrictNewsPart";

    /// <summary>The taxonomy whose terms are the news categories.</summary>
    public const string CategoryTaxonomy = "chuyen-muc";

    /// <summary>The list fields this part feeds: what lists, feeds and "Tin cơ sở" show of a news item.</summary>
    public static readonly PartSummaryFields Summary = new(Name)
    {
        Lead = "Lead", Date = "DisplayDate", Image = "FeaturedImage", Terms = "Categories", Shared = "ShareWithDistrict",
    };

    public static string PartName => Name;

    public string? Lead { get; init; }
    public string? Body { get; init; }
    public string? Byline { get; init; }
    public string? Source { get; init; }

    /// <summary>The date the editor chose to show, in UTC; null shows the publication time.</summary>
    public DateTime? DisplayDateUtc { get; init; }

    /// <summary>False when the editor gave the display date as a day alone: it is shown without a time.</summary>
    public bool DisplayDateHasTime { get; init; } = true;

    /// <summary>The editor's "Mô tả SEO", for the page's meta description.</summary>
    public string? SeoDescription { get; init; }

    public string? ImagePath { get; init; }
    public string? ImageAlt { get; init; }
    public IReadOnlyList<string> TermIds { get; init; } = [];
    public bool ShareWithDistrict { get; init; }

    public static NewsPart From(JsonObject? json)
    {
        var (imagePath, imageAlt) = MediaField.First(json, Summary.Image!);
        return new()
        {
            Lead = TextField.Read(json, Summary.Lead!),
            Body = HtmlField.Read(json, nameof(Body)),
            Byline = TextField.Read(json, nameof(Byline)),
            Source = TextField.Read(json, nameof(Source)),
            DisplayDateUtc = DateTimeField.Read(json, Summary.Date!),
            DisplayDateHasTime = DateTimeField.HasTime(json, Summary.Date!),
            SeoDescription = TextField.Read(json, nameof(SeoDescription)),
            ImagePath = imagePath,
            ImageAlt = imageAlt,
            TermIds = TaxonomyTermsField.Read(json, Summary.Terms!),
            ShareWithDistrict = BooleanField.Read(json, Summary.Shared!),
        };
    }

    /// <summary>The part's JSON for a new version (the API's create and update); the featured image is not set this way.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            [Summary.Lead!] = TextField.Create(Lead),
            [nameof(Body)] = HtmlField.Create(Body),
            [nameof(Byline)] = TextField.Create(Byline),
            [nameof(Source)] = TextField.Create(Source),
            [Summary.Terms!] = TaxonomyTermsField.Create(CategoryTaxonomy, TermIds),
            [Summary.Shared!] = BooleanField.Create(ShareWithDistrict),
        };
        if (DisplayDateUtc is { } date)
        {
            json[Summary.Date!] = DisplayDateHasTime ? DateTimeField.Create(date) : DateTimeField.CreateDay(DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(date)));
        }

        return json;
    }
}
