using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An item read from its row builds its JSON tree only when something reads <see cref="ContentItem.Content"/>: the
/// uncached article page takes its parts (news, route, language) from <see cref="StoredParts"/>, decoded once per stored
/// version, so a request for an article no longer parses the whole stored item, its body included, every time.
/// </summary>
public sealed class ContentParsedOnFirstUseTests
{
    // A long body, so the tree's allocations stand far above the few objects of an item not parsed.
    private static readonly string Body = string.Concat(Enumerable.Repeat("<p>Cầu dân sinh thôn Đông Xuân dài 36 m, rộng 3,5 m.</p>", 4000));

    [Fact]
    public void Reading_an_article_row_again_decodes_nothing_of_its_content()
    {
        var record = Record();
        var first = ContentItemMapper.ToItem(record);
        Assert.Equal("tin-tuc/khanh-thanh-cau", StoredParts.Of<AutoroutePart>(first).Path);
        Assert.Equal(Body, StoredParts.Of<NewsPart>(first).Body);
        Assert.Equal(LocalizationPart.Vietnamese, StoredParts.Of<LocalizationPart>(first).Culture);

        // What each later request for the page does: the row from the read cache, the item, its parts.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = ContentItemMapper.ToItem(record);
        var path = StoredParts.Of<AutoroutePart>(again).Path;
        var news = StoredParts.Of<NewsPart>(again);
        var localization = StoredParts.Of<LocalizationPart>(again);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("tin-tuc/khanh-thanh-cau", path);
        Assert.Equal(Body, news.Body);
        Assert.Equal(LocalizationPart.Vietnamese, localization.Culture);
        Assert.True(allocated < Body.Length, $"{allocated} bytes allocated to read a stored item of {record.Data.Length} characters again");
    }

    [Fact]
    public void The_content_of_an_item_read_from_its_row_is_its_stored_json_and_keeps_changes()
    {
        var item = ContentItemMapper.ToItem(Record());

        Assert.Equal("tin-tuc/khanh-thanh-cau", item.RoutePath);
        Assert.Equal(Body, item.As<NewsPart>().Body);
        item.Content["AutoroutePart"] = new JsonObject { ["Path"] = "tin-tuc/cau-moi" };
        Assert.Equal("tin-tuc/cau-moi", item.RoutePath);
        Assert.Same(item.Content, item.Content);
    }

    private static ContentItemRecord Record() => new()
    {
        ContentItemId = "4b1c0a9e",
        ContentItemVersionId = "4b1c0a9e-1",
        ContentType = NewsPart.TypeName,
        DisplayText = "Khánh thành cầu dân sinh",
        Published = true,
        Latest = true,
        Data = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = "Khánh thành cầu dân sinh" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "tin-tuc/khanh-thanh-cau" },
            [NewsPart.PartName] = new NewsPart { Body = Body }.ToJson(),
        }.ToJsonString(),
    };
}
