using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Web.Tests.District;

/// <summary>
/// Counts the SQL commands EF Core runs in the caller's own async flow (whatever the database), so background work of
/// the same process is not counted: what one render costs in queries. Given a filter, only the commands
/// of the contexts it accepts (a member tenant's database, not the host's).
/// </summary>
public sealed class EfCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string CommandExecuted = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";

    private static readonly AsyncLocal<EfCommandCounter?> Counting = new();
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    private readonly Func<DbContext, bool>? _counts;

    public EfCommandCounter(Func<DbContext, bool>? counts = null)
    {
        _counts = counts;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The commands <paramref name="work"/> ran.</summary>
    public async Task<int> CountAsync(Func<Task> work)
    {
        Interlocked.Exchange(ref _count, 0);
        Counting.Value = this;
        try
        {
            await work();
        }
        finally
        {
            Counting.Value = null;
        }

        return Volatile.Read(ref _count);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuted && Counting.Value == this && (_counts is null || value.Value is CommandEventData { Context: { } context } && _counts(context)))
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
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
