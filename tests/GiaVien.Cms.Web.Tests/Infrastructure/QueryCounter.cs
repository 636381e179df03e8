using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs against one database, heard through EF Core's diagnostic events: one tenant's
/// database of one host (its SQLite file under the host's data folder, or its schema in the host's PostgreSQL database),
/// or a host database (<see cref="OnHostDatabase"/>), so other tests running meanwhile on other databases are not counted.
/// A query compilation is not heard, only commands: EF Core's query cache outlives a test's context. It also notes how
/// many entities the saving context tracks as each save on that database starts (<see cref="TrackedAtSaves"/>).
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<DbContext?, DbConnection, bool> _counts;
    private readonly ConcurrentQueue<int> _trackedAtSaves = [];
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public QueryCounter(CmsHost host, string tenantName)
        : this(TenantDatabaseOf(host, tenantName))
    {
    }

    private QueryCounter(Func<DbContext?, DbConnection, bool> counts)
    {
        _counts = counts;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The commands run through <see cref="HostDbContext"/> on the SQLite host database <paramref name="file"/>.</summary>
    public static QueryCounter OnHostDatabase(string file) =>
        new((context, connection) => context is HostDbContext && connection.DataSource == file);

    private static Func<DbContext?, DbConnection, bool> TenantDatabaseOf(CmsHost host, string tenantName)
    {
        var dataPath = host.DataPath;
        var database = host.DatabaseName;
        var folder = Path.DirectorySeparatorChar + tenantName + Path.DirectorySeparatorChar;
        var schema = TenantDatabase.SchemaName(tenantName);
        return (_, connection) => (connection.DataSource.StartsWith(dataPath, StringComparison.Ordinal) && connection.DataSource.Contains(folder, StringComparison.Ordinal))
                || (connection.Database == database && connection.ConnectionString.Contains(schema, StringComparison.Ordinal));
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The number of entities the context tracked as each save started, in order.</summary>
    public IReadOnlyList<int> TrackedAtSaves => [.. _trackedAtSaves];

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData command
            && command.Command.Connection is { } connection && _counts(command.Context, connection))
        {
            Interlocked.Increment(ref _count);
        }
        else if (value.Key == CoreEventId.SaveChangesStarting.Name && value.Value is DbContextEventData { Context: { } context }
            && _counts(context, context.Database.GetDbConnection()))
        {
            _trackedAtSaves.Enqueue(context.ChangeTracker.Entries().Count());
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
