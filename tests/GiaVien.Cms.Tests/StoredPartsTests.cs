using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests;

/// <summary>
/// An article's news part (its body above all) is decoded once per stored version on uncached renders: read again from
/// the tenant's read cache it is not decoded again, a new version shows on the very next read after the public
/// change, and a commune with an article at the same path keeps its own body.
/// </summary>
public sealed class StoredPartsTests : IDisposable
{
    private const string Path = "tin-tuc/khanh-thanh-cau-dan-sinh";
    private readonly PublicChanges _changes = new();
    private readonly Commune _giaPhu;
    private readonly Commune _giaHung;

    public StoredPartsTests()
    {
        _giaPhu = new Commune("gia-phu", _changes);
        _giaHung = new Commune("gia-hung", _changes);
    }

    public void Dispose()
    {
        _giaPhu.Dispose();
        _giaHung.Dispose();
    }

    [Fact]
    public async Task Read_again_from_the_read_cache_the_news_part_is_not_decoded_again()
    {
        _giaPhu.Publish("v1", "<p>Cầu dài 36 m, rộng 3,5 m.</p>");

        var first = StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync());
        var again = StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync());

        Assert.Equal("<p>Cầu dài 36 m, rộng 3,5 m.</p>", first.Body);
        Assert.Same(first, again);
    }

    [Fact]
    public async Task A_new_version_shows_on_the_next_read_after_the_public_change()
    {
        _giaPhu.Publish("v1", "<p>Cầu dài 36 m.</p>");
        Assert.Equal("<p>Cầu dài 36 m.</p>", StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync()).Body);

        _giaPhu.Publish("v2", "<p>Cầu dài 40 m, thông xe ngày 2/9.</p>");
        _changes.Notify("gia-phu");

        Assert.Equal("<p>Cầu dài 40 m, thông xe ngày 2/9.</p>", StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync()).Body);
    }

    [Fact]
    public async Task A_commune_with_an_article_at_the_same_path_keeps_its_own_body()
    {
        _giaPhu.Publish("v1", "<p>Xã Gia Phú khánh thành cầu.</p>");
        _giaHung.Publish("v1", "<p>Xã Gia Hưng khánh thành cầu.</p>");

        Assert.Equal("<p>Xã Gia Phú khánh thành cầu.</p>", StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync()).Body);
        Assert.Equal("<p>Xã Gia Hưng khánh thành cầu.</p>", StoredParts.Of<NewsPart>(await _giaHung.ArticleAsync()).Body);
        Assert.Equal("<p>Xã Gia Phú khánh thành cầu.</p>", StoredParts.Of<NewsPart>(await _giaPhu.ArticleAsync()).Body);
    }

    /// <summary>A tenant: its own SQLite database and read cache, as in its shell.</summary>
    private sealed class Commune : IDisposable
    {
        private readonly CmsDbContext _db = new(new DbContextOptionsBuilder<CmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        private readonly ContentQueries _queries;

        public Commune(string name, PublicChanges changes)
        {
            _db.Database.OpenConnection();
            _db.Database.EnsureCreated();
            var scope = new ShellScope();
            scope.Enter(new ShellContext(new TenantRecord { Name = name, DisplayName = name }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp"));
            _queries = new ContentQueries(new TenantDb(_db), new PublicReadCache(scope, new PublicChangeCounter(changes), Options.Create(new PublicReadCacheOptions())));
        }

        public void Dispose() => _db.Dispose();

        /// <summary>Publishes the article at <see cref="Path"/> with this body (a later version replaces the row's JSON).</summary>
        public void Publish(string version, string body)
        {
            var data = new JsonObject { [NewsPart.Name] = new JsonObject { ["Body"] = HtmlField.Create(body) } }.ToJsonString();
            if (_db.ContentItems.SingleOrDefault(i => i.ContentItemId == "cau-dan-sinh") is { } existing)
            {
                existing.ContentItemVersionId = version;
                existing.Data = data;
            }
            else
            {
                var now = new DateTime(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc);
                _db.ContentItems.Add(new ContentItemRecord
                {
                    ContentItemId = "cau-dan-sinh", ContentItemVersionId = version, ContentType = NewsPart.TypeName, DisplayText = "Khánh thành cầu dân sinh",
                    Published = true, Latest = true, CreatedUtc = now, ModifiedUtc = now, PublishedUtc = now, Data = data,
                });
                _db.ContentRoutes.Add(new ContentRoute { Path = Path, ContentItemId = "cau-dan-sinh", IsCanonical = true });
            }

            _db.SaveChanges();
        }

        public async Task<ContentItem> ArticleAsync() => (await _queries.FindByPathAsync(Path))!.Item;
    }
}
