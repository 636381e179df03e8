using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Web.Api;

public sealed record NewsSummaryDto(string Id, string Title, string Url, string? Lead, DateTime Date, string DateLine, IReadOnlyList<string> Categories);

public sealed record NewsDetailDto(string Id, string Title, string Url, string? Lead, string BodyHtml, string? Byline, string? Source,
    DateTime Date, string DateLine, IReadOnlyList<string> Categories, int Version);

public sealed record NewsPageDto(int Total, int Page, int PageSize, IReadOnlyList<NewsSummaryDto> Items);

/// <summary>What an API client sends to create or change a news item.</summary>
public sealed record NewsInput(
    string? Title,
    string? Lead,
    string? BodyHtml,
    string? Byline,
    string? Source,
    IReadOnlyList<string>? Categories,
    DateTimeOffset? DisplayDate,
    string? Slug,
    bool? ShareWithDistrict,
    int? ExpectedVersion)
{
    /// <summary>The news item these values describe (the featured image is not set through the API).</summary>
    public ContentItem ToItem(string contentItemId, ContentTypeDefinition type, ContentDefinitions definitions)
    {
        var news = new NewsPart
        {
            Lead = Lead, Body = BodyHtml, Byline = Byline, Source = Source, TermIds = Categories ?? [],
            ShareWithDistrict = ShareWithDistrict ?? false, DisplayDateUtc = DisplayDate?.UtcDateTime,
        };
        var content = ContentInputs.Common(type, Title, Slug);
        content[NewsPart.Name] = news.ToJson();
        return new ContentItem { ContentItemId = contentItemId, ContentType = type.Name, Content = content };
    }
}

public sealed record SavedDto(string Id, int Version);
