using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The news part's lead, body and categories, and its own sharing rule: a news item is on the district portal when
/// its editor ticked "share with the district", whatever its type says.
/// </summary>
public sealed class NewsPartIndexContributor : IContentIndexContributor
{
    public void Contribute(ContentIndexContext context)
    {
        if (context.Item.Part(NewsPart.Name) is null)
        {
            return;
        }

        context.ClaimPart(NewsPart.Name);
        var news = context.Item.As<NewsPart>();
        var document = context.Document;
        document.Lead = news.Lead;
        document.AddText(HtmlText.ToText(news.Body));
        document.Shared = news.ShareWithDistrict;
        foreach (var term in news.TermIds)
        {
            document.AddCategory(term);
        }
    }
}
