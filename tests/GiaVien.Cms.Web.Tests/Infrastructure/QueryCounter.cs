using System.Diagnostics;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs against one tenant's database of one host (its SQLite file under the host's data
/// folder, or its schema in the host's PostgreSQL database), heard through EF Core's diagnostic events, so other tests
/// running meanwhile on other tenants or other hosts (each has a "default" tenant) are not counted.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataPath;
    private readonly string _database;
    private readonly string _file;
    private readonly string _schema;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public QueryCounter(CmsHost host, string tenantName)
    {
        _dataPath = host.DataPath;
        _database = host.DatabaseName;
        _file = Path.DirectorySeparatorChar + tenantName + Path.DirectorySeparatorChar;
        _schema = TenantDatabase.SchemaName(tenantName);
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
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
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command.Connection: { } connection }
            && ((connection.DataSource.StartsWith(_dataPath, StringComparison.Ordinal) && connection.DataSource.Contains(_file, StringComparison.Ordinal))
                || (connection.Database == _database && connection.ConnectionString.Contains(_schema, StringComparison.Ordinal))))
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
