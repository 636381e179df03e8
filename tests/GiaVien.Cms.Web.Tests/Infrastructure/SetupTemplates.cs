using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Installations set up once per test process and copied into each host that asks for the same set-up (its key), so
/// that host starts as after a restart instead of running the demo's set-up (the start times of both are in
/// docs/benchmarks.md, session 19). Nothing in the data folder or the database names either (the connection string and
/// <c>Cms:DataPath</c> come from configuration; a PostgreSQL host keeps its tenants in schemas of its one database), and
/// the template host is stopped only once its background work is done (<see cref="BackgroundWork.SettledAsync"/>), so a
/// copy starts in the state of a set-up host that has settled.
/// Set <c>GIAVIEN_TEST_SETUP_TEMPLATE=0</c> to make every host run the set-up itself (to compare, or to rule the copy out).
/// </summary>
public static class SetupTemplates
{
    /// <summary>The templates' folders under the temp folder: <c>giavien-template-{process id}-{random}</c>.</summary>
    private const string FolderPrefix = "giavien-template-";

    private static readonly ConcurrentDictionary<string, Lazy<Task<SetupTemplate>>> Templates = new();
    private static readonly Lazy<bool> LeftoversRemoved = new(RemoveLeftovers);

    public static bool Enabled => Environment.GetEnvironmentVariable("GIAVIEN_TEST_SETUP_TEMPLATE") != "0";

    static SetupTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    /// <summary>
    /// Gives <paramref name="host"/> (not started) the data of the set-up named by <paramref name="key"/>: the first
    /// caller of a key sets it up with <paramref name="templateHost"/> (a host configured as <paramref name="host"/>, on
    /// the data folder and database it is given), later callers wait for it and copy it. False when that set-up failed
    /// (on a loaded machine it can run past <see cref="CmsHost.StartAsync"/>'s limit): the host then sets up itself, as
    /// without the template, and the next host of the key tries a template again, so one slow set-up fails no other class.
    /// </summary>
    public static async Task<bool> TryCopyIntoAsync(CmsHost host, string key, Func<string, string, CmsHost> templateHost)
    {
        var entry = Templates.GetOrAdd(key, _ => new Lazy<Task<SetupTemplate>>(() => SetUpAsync(templateHost)));
        SetupTemplate template;
        try
        {
            template = await entry.Value;
        }
        catch (Exception)
        {
            Templates.TryRemove(new KeyValuePair<string, Lazy<Task<SetupTemplate>>>(key, entry));
            return false;
        }

        await template.CopyIntoAsync(host);
        return true;
    }

    private static async Task<SetupTemplate> SetUpAsync(Func<string, string, CmsHost> templateHost)
    {
        _ = LeftoversRemoved.Value;
        var dataPath = Directory.CreateTempSubdirectory($"{FolderPrefix}{Environment.ProcessId}-").FullName;
        var host = templateHost(dataPath, "gv_template_" + Guid.NewGuid().ToString("N")[..12]);
        var template = new SetupTemplate(dataPath, host.PostgreSqlConnectionString is null ? null : host.DatabaseName);
        try
        {
            try
            {
                await host.StartAsync();
                // Stopped only once its background work is done, so that a copy starts as a set-up host is once settled.
                await BackgroundWork.SettledAsync(host);
            }
            finally
            {
                await host.DisposeAsync();
            }

            await template.CloseAsync();
            return template;
        }
        catch
        {
            template.Remove();
            throw;
        }
    }

    /// <summary>Template folders of test processes that are gone (crashed, killed): a clean exit removes its own.</summary>
    private static bool RemoveLeftovers()
    {
        var owner = new Regex($"^{FolderPrefix}(\\d+)-");
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (owner.Match(Path.GetFileName(folder)) is { Success: true } match && !Directory.Exists("/proc/" + match.Groups[1].Value))
            {
                TryDelete(folder);
            }
        }

        return true;
    }

    private static void RemoveAll()
    {
        foreach (var entry in Templates.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                entry.Value.Result.Remove();
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record SetupTemplate(string DataPath, string? DatabaseName)
    {
        /// <summary>
        /// Closes what the stopped template host left open, so that a copy is whole: SQLite's pooled connections (closing
        /// the last one folds the write-ahead log into the database file) and PostgreSQL's (a database with a connection
        /// cannot be a template; it also refuses new ones from now on).
        /// </summary>
        public async Task CloseAsync()
        {
            SqliteConnection.ClearAllPools();
            if (DatabaseName is null)
            {
                return;
            }

            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
            await connection.OpenAsync();
            await using var close = new NpgsqlCommand(
                $"ALTER DATABASE \"{DatabaseName}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{DatabaseName}'",
                connection);
            await close.ExecuteNonQueryAsync();
        }

        public async Task CopyIntoAsync(CmsHost host)
        {
            if (DatabaseName is not null)
            {
                await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
                await connection.OpenAsync();
                // A file copy of the template's files on the server.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{host.DatabaseName}\" TEMPLATE \"{DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            CopyFolder(DataPath, host.DataPath);
        }

        /// <summary>Removes the folder and the database; runs as the test process exits, so it blocks and never throws.</summary>
        public void Remove()
        {
            TryDelete(DataPath);
            if (DatabaseName is null)
            {
                return;
            }

            try
            {
                using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The server is already gone (tests/run.sh stops it after the tests, and its cluster goes with it).
            }
        }

        /// <summary>
        /// Copies every file (a fresh copy: nothing is shared with the template, so a host may write to any of its files);
        /// the host's folder already holds its recipes (the same files as the template's).
        /// </summary>
        private static void CopyFolder(string from, string to)
        {
            foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
            }
        }
    }
}
