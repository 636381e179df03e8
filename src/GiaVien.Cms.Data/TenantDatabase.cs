using System.Data.Common;
using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Data;

/// <summary>
/// Builds the EF Core options of the host registry and of each tenant's database, and creates,
/// migrates and drops those databases. The model is shared, so an idle tenant costs only its options.
/// A tenant's database is created by setup only (<see cref="CreateTenantAsync"/>): opening or migrating it never
/// creates a missing file or schema, so data that disappears is never replaced by an empty site.
/// </summary>
public sealed class TenantDatabase(CmsDataFolder dataFolder, IOptions<DatabaseOptions> options, Changes.PublicChanges publicChanges,
    Changes.ScheduledWorkChanges? scheduledWork = null, IEnumerable<Changes.ITenantSaveInterceptor>? moduleInterceptors = null) : IDisposable
{
    public const string SqliteMigrationsAssembly = "GiaVien.Cms.Data.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "GiaVien.Cms.Data.PostgreSql";
    public const string HostSchema = "cms_host";

    private readonly DatabaseOptions _options = options.Value;
    private readonly SqliteTenantTemplate _sqliteTemplate = new();

    public DatabaseProvider DefaultProvider => _options.Provider;

    /// <summary>
    /// The host registry's options, with the model compiled ahead (<c>CompiledModels/*/Host</c>, made by
    /// <c>dotnet ef dbcontext optimize</c>, see the README's "Changing a context's model"): building it from the context's <c>OnModelCreating</c>
    /// was the largest piece of a restart between <c>/health</c> and ready (EF Core's conventions, all cold).
    /// <c>CompiledModelTests</c> fails when a compiled model no longer matches the code.
    /// </summary>
    public DbContextOptions<HostDbContext> HostOptions()
    {
        var builder = new DbContextOptionsBuilder<HostDbContext>();
        if (_options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(HostConnectionString(), o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly))
                .UseModel(CompiledModels.PostgreSql.Host.HostDbContextModel.Instance);
        }
        else
        {
            Directory.CreateDirectory(dataFolder.Root);
            builder.UseSqlite(HostConnectionString(), o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                .UseModel(CompiledModels.Sqlite.Host.HostDbContextModel.Instance);
        }

        return builder.Options;
    }

    /// <summary>
    /// The host registry's connection string, for a check that needs no EF Core (<c>/health</c>'s probe): building
    /// options touches the compiled model, and a restarted node's first <c>/health</c> then built or waited for it.
    /// </summary>
    public string HostConnectionString() => _options.Provider == DatabaseProvider.PostgreSql
        ? PostgreSqlConnectionString(HostSchema)
        : SqliteConnectionString(dataFolder.HostDatabaseFile, SqliteOpenMode.ReadWriteCreate);

    /// <summary>
    /// A tenant's connection string, for a check that needs no EF Core: building <see cref="TenantOptions"/> makes the
    /// tenant context's compiled model (dozens of entity types, cold code), which a restarted node's first
    /// <c>/health</c> then built itself or waited for while the district's shell was building it.
    /// </summary>
    public string TenantConnectionString(string tenantName, DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql
        ? PostgreSqlConnectionString(SchemaName(tenantName))
        : SqliteConnectionString(dataFolder.TenantDatabaseFile(tenantName), SqliteOpenMode.ReadWrite);

    /// <summary>
    /// A tenant's options, with the model compiled ahead (<c>CompiledModels/*/Tenant</c>): the district's shell and its
    /// first render no longer build it after a restart. The schema is chosen by the connection, not by the model.
    /// </summary>
    public DbContextOptions<CmsDbContext> TenantOptions(string tenantName, DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<CmsDbContext>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(TenantConnectionString(tenantName, provider), o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly))
                .UseModel(CompiledModels.PostgreSql.Tenant.CmsDbContextModel.Instance);
        }
        else
        {
            // The guard goes first: a write into a deleted file must fail before anyone is told it was saved.
            builder.UseSqlite(TenantConnectionString(tenantName, provider), o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                .UseModel(CompiledModels.Sqlite.Tenant.CmsDbContextModel.Instance)
                .AddInterceptors(SqliteFileGuard.Instance);
        }

        builder.AddInterceptors(new Changes.PublicChangesInterceptor(tenantName, publicChanges));
        if (scheduledWork is not null)
        {
            builder.AddInterceptors(new Changes.ScheduledWorkInterceptor(tenantName, scheduledWork));
        }

        builder.AddInterceptors(moduleInterceptors ?? []);

        return builder.Options;
    }

    /// <summary>
    /// Setup only (a recipe, an archive import): creates the tenant's database (file or schema) with the current schema:
    /// a SQLite file is copied from the migrated template, a PostgreSQL schema is migrated.
    /// </summary>
    public async Task CreateTenantAsync(string tenantName, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await EnsurePostgreSqlSchemaAsync(SchemaName(tenantName), cancellationToken);
            await using var db = new CmsDbContext(TenantOptions(tenantName, provider));
            await MigrateIfPendingAsync(db, cancellationToken);
            return;
        }

        Directory.CreateDirectory(dataFolder.SiteFolder(tenantName));
        await using var create = new SqliteConnection(SqliteConnectionString(dataFolder.TenantDatabaseFile(tenantName), SqliteOpenMode.ReadWriteCreate, pooling: false));
        await create.OpenAsync(cancellationToken);
        await _sqliteTemplate.CopyToAsync(create, cancellationToken);
        await using var wal = create.CreateCommand();
        // WAL lets readers keep reading while the editor saves; the setting is stored in the file.
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Makes the migrated template new SQLite tenants are copied from, if no creation has made it yet, so the first
    /// creation after a start does not wait for it; the time it took (zero when it was there already).
    /// </summary>
    public Task<TimeSpan> PrepareSqliteTemplateAsync() => _sqliteTemplate.PrepareAsync();

    /// <summary>
    /// Applies pending migrations to a tenant set up earlier. A missing file or schema, or one holding no migrated
    /// database (an empty file), throws <see cref="TenantDatabaseUnavailableException"/> instead of being filled anew.
    /// </summary>
    public async Task MigrateTenantAsync(string tenantName, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (await ProbeAsync(tenantName, provider, cancellationToken) is { } problem)
        {
            throw new TenantDatabaseUnavailableException(problem);
        }

        await using var db = new CmsDbContext(TenantOptions(tenantName, provider));
        await MigrateIfPendingAsync(db, cancellationToken);
    }

    /// <summary>
    /// Why the tenant's database cannot serve (missing, empty, unreadable), or null when it is there. One file check
    /// and one small query on a fresh connection; run on failures and their re-checks, never per request.
    /// </summary>
    public async Task<string?> ProbeAsync(string tenantName, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        try
        {
            return provider == DatabaseProvider.PostgreSql
                ? await ProbePostgreSqlAsync(SchemaName(tenantName), cancellationToken)
                : await ProbeSqliteAsync(dataFolder.TenantDatabaseFile(tenantName), cancellationToken);
        }
        catch (DbException e)
        {
            return $"The database of tenant {tenantName} cannot be read: {e.Message}";
        }
    }

    /// <summary>Drops the pooled connections of a tenant, so none keeps using a file that was deleted or replaced.</summary>
    public void ReleaseConnections(string tenantName, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgreSqlConnectionString(SchemaName(tenantName))));
        }
        else
        {
            SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionString(dataFolder.TenantDatabaseFile(tenantName), SqliteOpenMode.ReadWrite)));
        }
    }

    private static async Task<string?> ProbeSqliteAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return $"The SQLite file {file} is missing.";
        }

        await using var connection = new SqliteConnection(SqliteConnectionString(file, SqliteOpenMode.ReadWrite, pooling: false));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0
            ? $"The SQLite file {file} holds no migrated database (it is empty)."
            : null;
    }

    private async Task<string?> ProbePostgreSqlAsync(string schema, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgreSqlConnectionString(schema: null));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT to_regclass(format('%I.%I', @schema::text, '__EFMigrationsHistory')) IS NOT NULL", connection);
        command.Parameters.AddWithValue("schema", schema);
        return await command.ExecuteScalarAsync(cancellationToken) is true
            ? null
            : $"The PostgreSQL schema {schema} is missing or holds no migrated database.";
    }

    public async Task MigrateHostAsync(CancellationToken cancellationToken)
    {
        if (_options.Provider == DatabaseProvider.PostgreSql)
        {
            await EnsurePostgreSqlSchemaAsync(HostSchema, cancellationToken);
        }

        await using var db = new HostDbContext(HostOptions());
        await MigrateIfPendingAsync(db, cancellationToken);
        if (_options.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    // MigrateAsync takes EF Core's migration lock (a write, so an fsync) even when nothing is pending; the
    // read-only check first keeps that cost off every shell activation (measured in bench/, tenants), and it reads the
    // history table alone, without EF Core's migration services (PendingMigrations).
    // With migrations pending, several nodes still serialise on the lock inside MigrateAsync.
    private static async Task MigrateIfPendingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (await PendingMigrations.AnyAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>Removes the tenant's database entirely: used when a setup fails, so nothing half-written stays.</summary>
    public async Task DropTenantAsync(string tenantName, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(PostgreSqlConnectionString(schema: null));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{SchemaName(tenantName)}\" CASCADE", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            ReleaseConnections(tenantName, provider);
            return;
        }

        var file = dataFolder.TenantDatabaseFile(tenantName);
        ReleaseConnections(tenantName, provider);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    /// <summary>PostgreSQL schema of a tenant: tenant names are validated slugs, so this is a safe identifier.</summary>
    public static string SchemaName(string tenantName) => "t_" + tenantName.Replace('-', '_');

    private static string SqliteConnectionString(string file, SqliteOpenMode mode, bool pooling = true) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = pooling, DefaultTimeout = 30 }.ToString();

    private string PostgreSqlConnectionString(string? schema)
    {
        if (string.IsNullOrWhiteSpace(_options.PostgreSqlConnectionString))
        {
            throw new InvalidOperationException("Cms:Database:PostgreSqlConnectionString is required when a tenant uses PostgreSQL.");
        }

        var builder = new NpgsqlConnectionStringBuilder(_options.PostgreSqlConnectionString)
        {
            MaxPoolSize = _options.PostgreSqlMaxPoolSizePerTenant,
        };
        if (schema is not null)
        {
            builder.SearchPath = schema;
        }

        return builder.ToString();
    }

    private async Task EnsurePostgreSqlSchemaAsync(string schema, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString(schema: null));
        await CreatePostgreSqlDatabaseIfMissingAsync(builder, cancellationToken);
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{schema}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CreatePostgreSqlDatabaseIfMissingAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ToString()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database ?? "postgres");
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it between the check and the create: that is the outcome we wanted.
        }
    }

    public void Dispose() => _sqliteTemplate.Dispose();
}
