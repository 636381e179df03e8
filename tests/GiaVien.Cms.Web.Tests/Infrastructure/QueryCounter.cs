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
/// A query compilation is not heard, only commands: EF Core's query cache outlives a test's context.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<CommandEventData, bool> _counts;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public QueryCounter(CmsHost host, string tenantName)
        : this(TenantDatabaseOf(host, tenantName))
    {
    }

    private QueryCounter(Func<CommandEventData, bool> counts)
    {
        _counts = counts;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The commands run through <see cref="HostDbContext"/> on the SQLite host database <paramref name="file"/>.</summary>
    public static QueryCounter OnHostDatabase(string file) =>
        new(command => command.Context is HostDbContext && command.Command.Connection?.DataSource == file);

    private static Func<CommandEventData, bool> TenantDatabaseOf(CmsHost host, string tenantName)
    {
        var dataPath = host.DataPath;
        var database = host.DatabaseName;
        var folder = Path.DirectorySeparatorChar + tenantName + Path.DirectorySeparatorChar;
        var schema = TenantDatabase.SchemaName(tenantName);
        return command => command.Command.Connection is { } connection
            && ((connection.DataSource.StartsWith(dataPath, StringComparison.Ordinal) && connection.DataSource.Contains(folder, StringComparison.Ordinal))
                || (connection.Database == database && connection.ConnectionString.Contains(schema, StringComparison.Ordinal)));
    }

    public int Count => Volatile.Read(ref _count);

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
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData command && _counts(command))
        {
            Interlocked.Increment(ref _count);
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
