using System.Text.Json.Nodes;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GiaVien.Cms.Web.Tests.Localization;

/// <summary>
/// A database written before the <c>TranslationOf</c> column existed kept an item's link to its original only in its
/// JSON (LocalizationPart.Original). Upgrading it links every translation, as saving it would, and changes nothing else.
/// </summary>
public abstract class TranslationLinkBackfillBehaviour(DemoHost host)
{
    private const string OriginalId = "ban-goc-tieng-viet";

    [Fact]
    public async Task Upgrading_links_each_translation_to_its_original_as_saving_it_would_and_changes_nothing_else()
    {
        await using var older = await OlderSchema.CreateJustBeforeAsync(host, "_TranslationLinkColumn");
        var db = older.Db;

        // Each row with the link the save path gives it (ContentManager: a culture other than Vietnamese and an original).
        (ContentItemRecord Row, string? Link)[] rows =
        [
            (Row("ban-goc-tieng-viet", 1, Localization("vi")), null),
            (Row("ban-dich-xuat-ban", 1, Localization("en", OriginalId), latest: false), OriginalId),
            (Row("ban-dich-xuat-ban", 2, Localization("en", OriginalId), published: false), OriginalId),
            (Row("ban-dich-da-xoa", 1, Localization("en", OriginalId), deleted: true), OriginalId),
            (Row("tin-cu-khong-ngon-ngu", 1, null, body: $"<p>Xem thêm bài {OriginalId}.</p>"), null),
            (Row("tieng-anh-khong-ban-goc", 1, Localization("en")), null),
            (Row("tieng-viet-co-ban-goc", 1, Localization("vi", OriginalId)), null),
            (Row("ngon-ngu-de-trong", 1, Localization("", OriginalId)), null),
            (Row("ngon-ngu-chi-co-dau-cach", 1, Localization("  ", OriginalId)), null),
            (Row("ban-goc-sau-o-trong", 1, Localization("en", "", OriginalId)), OriginalId),
            (Row("ban-goc-chi-co-dau-cach", 1, Localization("en", " ")), null),
        ];
        foreach (var (row, _) in rows)
        {
            await OlderSchema.InsertAsOfThenAsync(db, row);
        }

        await older.MigrateToLatestAsync();

        var stored = await db.ContentItems.AsNoTracking().ToListAsync();
        Assert.Equal(rows.Length, stored.Count);
        var columns = db.Model.FindEntityType(typeof(ContentItemRecord))!.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never && p.Name != nameof(ContentItemRecord.TranslationOf)).ToList();
        foreach (var (row, link) in rows)
        {
            var after = stored.Single(s => s.ContentItemVersionId == row.ContentItemVersionId);
            Assert.True(link == after.TranslationOf, $"{row.ContentItemVersionId}: linked to \"{after.TranslationOf}\", expected \"{link}\"");
            Assert.All(columns, column => Assert.Equal(column.PropertyInfo!.GetValue(row), column.PropertyInfo.GetValue(after)));
        }
    }

    private static JsonObject Localization(string culture, params string[] original) => new()
    {
        ["Culture"] = new JsonObject { ["Text"] = culture },
        ["Original"] = new JsonObject { ["ContentItemIds"] = new JsonArray(original.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()) },
    };

    private static ContentItemRecord Row(string id, int number, JsonObject? localization, bool latest = true, bool published = true, bool deleted = false,
        string body = "<p>Nội dung.</p>")
    {
        var start = new DateTime(2025, 3, 8, 0, 0, 0, DateTimeKind.Utc);
        var data = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = $"Bài {id}" },
            ["DistrictNewsPart"] = new JsonObject { ["Body"] = new JsonObject { ["Html"] = body } },
        };
        if (localization is not null)
        {
            data["LocalizationPart"] = localization;
        }

        return new ContentItemRecord
        {
            ContentItemId = id, ContentItemVersionId = $"{id}-{number}", Number = number, ContentType = "DistrictNews", DisplayText = $"Bài {id}",
            Published = published, Latest = latest, CreatedUtc = start, ModifiedUtc = start.AddDays(number),
            DeletedUtc = deleted ? start.AddDays(9) : null, Data = data.ToJsonString(),
        };
    }
}

public sealed class SqliteTranslationLinkBackfillTests(SqliteDemoHost host) : TranslationLinkBackfillBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlTranslationLinkBackfillTests(PostgreSqlDemoHost host) : TranslationLinkBackfillBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
