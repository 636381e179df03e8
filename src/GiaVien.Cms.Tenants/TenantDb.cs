using GiaVien.Cms.Data;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The request's tenant database context, made on first use. Making a context (EF's service-provider cache compares
/// the tenant's options by value every time) cost 4–7 % of an uncached page whose every answer came from the read cache
/// and the memos (docs/benchmarks.md, round 17): the public pages' services take this instead, so such a page makes none.
/// The scope's <see cref="CmsDbContext"/> is registered as this holder's context, so a service that takes the context
/// itself gets the same instance: every service of the request shares one context and its transaction, and
/// <see cref="InTransaction"/> sees a transaction whoever opened it.
/// </summary>
public sealed class TenantDb : IDisposable, IAsyncDisposable
{
    private readonly Func<CmsDbContext>? _make;
    private CmsDbContext? _context;

    /// <summary>A context made by <paramref name="make"/> when first asked for, disposed with this holder.</summary>
    public TenantDb(Func<CmsDbContext> make) => _make = make;

    /// <summary>A context made already, which its maker disposes (work outside a request's scope, tests).</summary>
    public TenantDb(CmsDbContext context) => _context = context;

    public CmsDbContext Context => _context ??= _make!();

    /// <summary>Whether a transaction of the context is open: never while no context was made.</summary>
    public bool InTransaction => _context is { InTransaction: true };

    // The DI scope disposes the context too when a service asked for it directly: a DbContext's second disposal does nothing.
    public void Dispose()
    {
        if (_make is not null)
        {
            _context?.Dispose();
        }
    }

    public ValueTask DisposeAsync() => _make is not null && _context is not null ? _context.DisposeAsync() : ValueTask.CompletedTask;
}
