namespace GiaVien.Cms.Users;

/// <summary>Bound from <c>Cms:Users</c>.</summary>
public sealed class UsersOptions
{
    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int MinimumPasswordLength { get; set; } = 10;

    /// <summary>
    /// How long a sign-in cookie is trusted before the user is read again (security stamp, enabled, roles).
    /// Short, because disabling an official must take effect at once: ASP.NET Core Identity's 30 minutes is far
    /// too long here, and one small query per signed-in user every 30 seconds costs nothing. Zero re-checks
    /// every request.
    /// </summary>
    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
