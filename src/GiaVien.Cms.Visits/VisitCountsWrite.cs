using System.Data.Common;
using System.Globalization;
using System.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GiaVien.Cms.Visits;

/// <summary>
/// One flush's write to a tenant's <c>VisitCounts</c>: every row's upsert and the purge of old item rows as one command
/// of plain SQL (the same on SQLite and PostgreSQL: both know <c>ON CONFLICT … DO UPDATE</c> and <c>excluded</c>), in
/// a transaction EF Core opens and commits, so the database guards that watch opening and committing still apply.
/// </summary>
/// <remarks>
/// A flush runs once a minute, so its code stays at tier 0 of the JIT for an hour: the EF Core pipelines it used (one
/// raw-SQL command per row and a LINQ <c>ExecuteDelete</c>) cost 10–35 ms of CPU per flush in a tiered process against
/// 2 ms with every method optimised (bench/visit-flush-cpu.py). A command written here runs little code of its own.
/// </remarks>
internal static class VisitCountsWrite
{
    // Three parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 per statement.
    private const int RowsPerCommand = 1_000;

    public static async Task AddAsync(CmsDbContext db, IReadOnlyList<(DateOnly Day, string ContentItemId, long Views)> rows, DateOnly itemsBefore, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var first = 0; first < rows.Count; first += RowsPerCommand)
        {
            var count = Math.Min(RowsPerCommand, rows.Count - first);
            // The purge goes with the last rows: a range of the key's first column, nothing to read when nothing is that old.
            await ExecuteAsync(db, transaction, rows, first, count, first + count == rows.Count ? itemsBefore : null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(CmsDbContext db, IDbContextTransaction transaction, IReadOnlyList<(DateOnly Day, string ContentItemId, long Views)> rows,
        int first, int count, DateOnly? itemsBefore, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var sql = new StringBuilder("""INSERT INTO "VisitCounts" ("Day", "ContentItemId", "Count") VALUES """);
        for (var i = 0; i < count; i++)
        {
            var (day, contentItemId, views) = rows[first + i];
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@d{i}, @i{i}, @n{i})");
            Add(command, $"@d{i}", day);
            Add(command, $"@i{i}", contentItemId);
            Add(command, $"@n{i}", views);
        }

        sql.Append(""" ON CONFLICT ("Day", "ContentItemId") DO UPDATE SET "Count" = "VisitCounts"."Count" + excluded."Count";""");
        if (itemsBefore is { } before)
        {
            sql.Append(""" DELETE FROM "VisitCounts" WHERE "Day" < @before AND "ContentItemId" <> @site;""");
            Add(command, "@before", before);
            Add(command, "@site", VisitCount.Site);
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
