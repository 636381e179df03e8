using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Documents.Bench;

/// <summary>
/// Synthetic documents of a district's library from a fixed seed: a số ký hiệu, a title and trích yếu, and the text a
/// PDF of it would give (the search benchmark's Vietnamese news sentences, about two pages). Same seed, same documents.
/// </summary>
public sealed class DocumentGenerator(int seed)
{
    private static readonly (string Kind, string Code)[] Kinds =
        [("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-UBND"), ("Thông báo", "TB-UBND"), ("Báo cáo", "BC-UBND"), ("Công văn", "UBND-VP")];

    private readonly NewsGenerator _news = new(seed);
    private readonly Random _random = new(seed);

    /// <summary>A document and the text read from its file.</summary>
    public (ContentItem Item, string FileText) Next(int number)
    {
        var article = _news.Next(number);
        var (kind, code) = Kinds[_random.Next(Kinds.Length)];
        var soKyHieu = $"{number}/{code}";
        var title = $"{kind} {soKyHieu} về {article.DisplayText}";
        var summary = article.As<NewsPart>().Lead ?? "";
        var text = HtmlText.ToText(article.As<NewsPart>().Body ?? "");
        var item = new ContentItem
        {
            ContentItemId = $"van-ban-{number:D7}",
            ContentType = VanBanPart.TypeName,
            DisplayText = title,
            Published = true,
            PublishedUtc = article.PublishedUtc,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["AutoroutePart"] = new JsonObject { ["Path"] = $"van-ban/{number}" },
                [VanBanPart.Name] = new JsonObject
                {
                    ["SoKyHieu"] = new JsonObject { ["Text"] = soKyHieu },
                    ["TrichYeu"] = new JsonObject { ["Text"] = summary },
                },
            },
        };
        return (item, $"{kind.ToUpperInvariant()} Số: {soKyHieu}\n{text}\n{text}");
    }

    /// <summary>What residents type: a số ký hiệu however written, words of a file, a phrase of a file.</summary>
    public string Query(IReadOnlyList<(ContentItem Item, string FileText)> documents)
    {
        var (item, fileText) = documents[_random.Next(documents.Count)];
        var number = item.As<VanBanPart>().Number;
        var words = fileText.Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        var start = _random.Next(Math.Max(1, words.Length - 4));
        return _random.Next(4) switch
        {
            0 => number.ToLowerInvariant().Replace("đ", "d", StringComparison.Ordinal),
            1 => $"{number.Split('/')[1].Split('-')[0]} {number.Split('/')[0]}",
            2 => string.Join(' ', words.Skip(start).Take(2)),
            _ => $"\"{string.Join(' ', words.Skip(start).Take(3))}\"",
        };
    }
}
