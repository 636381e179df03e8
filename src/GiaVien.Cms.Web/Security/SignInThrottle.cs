using System.Threading.RateLimiting;
using GiaVien.Cms.Users;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Sign-in attempts allowed per client address and per user name of a tenant, in a sliding window. Counters live in
/// each node's memory, so with N nodes behind a balancer an address gets at most N times the limit; the lockout of a
/// (user name, address) pair, which is what stops guessing for good, is kept in the database and holds on every node.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<UsersOptions> options)
    {
        var o = options.Value;
        _perAddress = Limiter(o.SignInAttemptsPerAddress, o.SignInThrottleWindow);
        _perAccount = Limiter(o.SignInAttemptsPerAccount, o.SignInThrottleWindow);
    }

    /// <summary>Counts an attempt; returns null when it may go on, else how long to wait.</summary>
    public TimeSpan? Acquire(string address, string tenant, string userName, bool knownBrowser)
    {
        using var byAddress = _perAddress.AttemptAcquire(address);
        if (!byAddress.IsAcquired)
        {
            return RetryAfter(byAddress);
        }

        if (knownBrowser)
        {
            return null;
        }

        using var byAccount = _perAccount.AttemptAcquire(tenant + "\n" + UserService.Normalize(userName));
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));
}
