using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Data;

/// <summary>
/// An empty tenant database, migrated once per process in memory, that new SQLite tenants are copied from page by page
/// (SQLite's online backup). Running the tenant migrations for every new tenant cost about half of its creation
/// (measured with <c>tenant create-many</c>, see docs/benchmarks.md "Province scale"); a copy takes a few milliseconds.
/// Migrations that move data do nothing on an empty database, so the copy equals a database migrated in place.
/// It is made by the first creation, or earlier by <see cref="PrepareAsync"/> (the node's warm-up): both wait for the same
/// one, so a creation never copies a template still being migrated.
/// </summary>
internal sealed class SqliteTenantTemplate : IDisposable
{
    private readonly Lazy<Task<SqliteConnection>> _template = new(CreateAsync);
    private readonly SemaphoreSlim _copying = new(1, 1);

    /// <summary>Makes the template now if nobody has yet; the time it took, or <see cref="TimeSpan.Zero"/> when it was there.</summary>
    public async Task<TimeSpan> PrepareAsync()
    {
        if (_template.IsValueCreated)
        {
            await _template.Value;
            return TimeSpan.Zero;
        }

        var clock = Stopwatch.StartNew();
        await _template.Value;
        return clock.Elapsed;
    }

    /// <summary>Fills the empty database of <paramref name="target"/> (open) with the migrated template.</summary>
    public async Task CopyToAsync(SqliteConnection target, CancellationToken cancellationToken)
    {
        var template = await _template.Value.WaitAsync(cancellationToken);
        // One connection is not safe to use from two threads: tenants created in parallel take turns for the copy.
        await _copying.WaitAsync(cancellationToken);
        try
        {
            template.BackupDatabase(target);
        }
        finally
        {
            _copying.Release();
        }
    }

    public void Dispose()
    {
        if (_template.IsValueCreated && _template.Value.IsCompletedSuccessfully)
        {
            _template.Value.Result.Dispose();
        }

        _copying.Dispose();
    }

    private static async Task<SqliteConnection> CreateAsync()
    {
        // A private in-memory database lives as long as its one connection: this one, kept open for the copies.
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        // The compiled model, as every tenant context uses: building the model from the conventions here made the first
        // tenant created after a restart pay for all of EF Core's cold model building (1.56 s, province bench).
        var options = new DbContextOptionsBuilder<CmsDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(TenantDatabase.SqliteMigrationsAssembly))
            .UseModel(CompiledModels.Sqlite.Tenant.CmsDbContextModel.Instance)
            // The check that the migrations match the model built EF Core's design-time model from the conventions and the
            // snapshot's model: two thirds of making the template, all cold code. CompiledModelTests makes that check
            // where it belongs, before a build ships.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new CmsDbContext(options);
        await db.Database.MigrateAsync();
        return connection;
    }
}
