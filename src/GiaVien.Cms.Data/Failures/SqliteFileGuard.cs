using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Data.Failures;

/// <summary>
/// Refuses to work on a tenant's SQLite file that is no longer at its path (see <see cref="SqliteFileIdentity"/>): checked
/// when a connection opens (so nothing is read from a deleted file), before a transaction commits (so nothing is written
/// into it) and once more after the commit and after a statement outside a transaction (so a deletion racing the write
/// is not acknowledged). Every save runs in a transaction for that reason. Each check is one stat() of the file.
/// </summary>
public sealed class SqliteFileGuard : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    public static SqliteFileGuard Instance { get; } = new();

    private SqliteFileGuard()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => ThrowIfMoved(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfMoved(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        ThrowIfMoved(transaction.Connection);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfMoved(transaction.Connection);
        return ValueTask.FromResult(result);
    }

    // A committed transaction no longer knows its connection; the context does.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ThrowIfMoved(eventData.Context?.Database.GetDbConnection());

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfMoved(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ThrowIfMovedOutsideTransaction(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ThrowIfMovedOutsideTransaction(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AlwaysInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A single-statement save would otherwise run without a transaction, past the commit checks.
    private static void AlwaysInTransaction(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static void ThrowIfMovedOutsideTransaction(DbCommand command)
    {
        if (command.Transaction is null)
        {
            ThrowIfMoved(command.Connection);
        }
    }

    private static void ThrowIfMoved(DbConnection? connection)
    {
        if (connection is SqliteConnection sqlite && SqliteFileIdentity.HasMoved(sqlite))
        {
            throw new TenantDatabaseUnavailableException($"The SQLite file {sqlite.DataSource} was deleted, moved or replaced while open.");
        }
    }
}
