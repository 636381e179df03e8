namespace GiaVien.Cms.Data.Content;

/// <summary>
/// Run by the migrations that add the one-published-version index (SQLite and PostgreSQL alike): a database written
/// before it may hold items with several published versions (two publishes that raced). The newest published
/// version stays public, as the site would have shown it; the older ones become plain versions of the history.
/// </summary>
public static class OnePublishedVersionRepair
{
    public const string Sql = """
        UPDATE "ContentItems" SET "Published" = FALSE
        WHERE "Published" AND EXISTS (
            SELECT 1 FROM "ContentItems" AS "Newer"
            WHERE "Newer"."ContentItemId" = "ContentItems"."ContentItemId" AND "Newer"."Published" AND "Newer"."Number" > "ContentItems"."Number")
        """;
}
