namespace GiaVien.Cms.Users;

/// <summary>Bound from <c>Cms:Users</c>.</summary>
public sealed class UsersOptions
{
    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int MinimumPasswordLength { get; set; } = 10;
}
