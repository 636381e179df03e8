using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GiaVien.Cms.Data;

/// <summary>
/// A context's migrations as one SQL script, generated once per process, context type and provider, that a PostgreSQL schema
/// holding no migrated database yet (a new tenant) is made with: one transaction,
/// one round trip. EF Core's <c>MigrateAsync</c> did it all again for every schema: each migration's target model built
/// from its designer file, the check of the model against the snapshot, the SQL generated, then one transaction and
/// several round trips per migration; the PostgreSQL demo set-up was 4.3 s against SQLite's 1.6 s, whose tenants are
/// copied from a migrated template (<see cref="SqliteTenantTemplate"/>). The script is EF Core's own
/// (<c>GenerateScript</c>), history rows included, and migrations that move data do nothing on an empty schema, so the
/// result equals a schema migrated by <c>MigrateAsync</c>. A schema that has a history table (migrated part-way by an
/// older build, or by a migration run elsewhere) goes on with <c>MigrateAsync</c>, as before. A migration's own SQL
/// (<c>migrationBuilder.Sql</c>) must end with its semicolon: EF Core's script adds none after it
/// (<c>FreshSchemaScriptTests</c> fails on one that does not).
/// </summary>
internal static class FreshSchemaScript
{
    // Two schemas made at once may both generate it (the same text); a failed generation is not kept.
    private static readonly ConcurrentDictionary<(Type Context, string? Provider), string> Scripts = new();

    /// <summary>Runs every migration of <paramref name="db"/>'s context on its (empty) schema, in one transaction.</summary>
    public static async Task ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var script = Scripts.GetOrAdd((db.GetType(), db.Database.ProviderName), static (_, context) => Generate(context), db);
        // One command now does what each migration's commands did with 30 s apiece: a wider limit for a loaded server.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
        try
        {
            // All or nothing: PostgreSQL's DDL is transactional, so a set-up interrupted here leaves no history table and
            // the next attempt runs the whole script again.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    // Without EF Core's per-migration transactions: ApplyAsync wraps the whole script in one. EF Core formats raw SQL even
    // without parameters, so the braces of the migrations' JSON paths ('{LocalizationPart,…}') are doubled here to reach
    // the server as they are.
    private static string Generate(DbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions)
            .Replace("{", "{{", StringComparison.Ordinal)
            .Replace("}", "}}", StringComparison.Ordinal);
}
