using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>Publishing, unpublishing and deleting reach the index through the change log, on both databases.</summary>
public abstract class SearchIndexingBehaviour(DemoHost host)
{
    [Fact]
    public async Task Published_news_is_found_and_unpublished_or_deleted_news_is_gone()
    {
        var word = "tukhoa" + Guid.NewGuid().ToString("N")[..8];
        var client = host.Browser();
        var url = $"/gia-hoa/api/search?q={word}";

        var first = await TestNews.PublishAsync(host, "gia-hoa", $"Hội nghị {word} của xã Gia Hòa", "Tóm tắt bài viết.", "Nội dung bài viết.");
        var second = await TestNews.PublishAsync(host, "gia-hoa", $"Tập huấn {word} cho cán bộ", "Tóm tắt khác.", "Nội dung khác.");
        Assert.Equal(2, (await client.SearchUntilAsync(url, r => r.Total() == 2)).Total());

        await TestNews.UnpublishAsync(host, "gia-hoa", first);
        var afterUnpublish = await client.SearchUntilAsync(url, r => r.Total() == 1);
        Assert.Equal(1, afterUnpublish.Total());
        Assert.StartsWith("Tập huấn", afterUnpublish.Results()[0].GetProperty("title").GetString());

        await TestNews.DeleteAsync(host, "gia-hoa", second);
        Assert.Equal(0, (await client.SearchUntilAsync(url, r => r.Total() == 0)).Total());
    }
}

public sealed class SearchIndexingOnSqlite(SqliteSearchHost host) : SearchIndexingBehaviour(host), IClassFixture<SqliteSearchHost>;

public sealed class SearchIndexingOnPostgreSql(PostgreSqlSearchHost host) : SearchIndexingBehaviour(host), IClassFixture<PostgreSqlSearchHost>;
