namespace GiaVien.Cms.Users;

/// <summary>Bound from <c>Cms:Users</c>.</summary>
public sealed class UsersOptions
{
    /// <summary>
    /// Failed sign-ins of one user name from one client address, within <see cref="LockoutDuration"/>, before that
    /// pair (only) is locked for <see cref="LockoutDuration"/>. Kept in the tenant's database: every node sees it.
    /// </summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts one client address may make per <see cref="SignInThrottleWindow"/>, all tenants together (counted by each node).</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>
    /// Sign-in attempts one user name of a tenant may receive per <see cref="SignInThrottleWindow"/>, from every address
    /// together (counted by each node): it bounds guessing spread over many addresses. A browser the user has already
    /// signed in with is not counted, so such an attack does not keep the real user out.
    /// </summary>
    public int SignInAttemptsPerAccount { get; set; } = 10;

    public TimeSpan SignInThrottleWindow { get; set; } = TimeSpan.FromMinutes(5);

    public int MinimumPasswordLength { get; set; } = 10;

    /// <summary>
    /// How long a sign-in cookie is trusted before the user is read again (security stamp, enabled, roles).
    /// Short, because disabling an official must take effect at once: ASP.NET Core Identity's 30 minutes is far
    /// too long here, and one small query per signed-in user every 30 seconds costs nothing. Zero re-checks
    /// every request.
    /// </summary>
    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
