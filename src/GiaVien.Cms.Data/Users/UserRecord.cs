namespace GiaVien.Cms.Data.Users;

public sealed class UserRecord
{
    public int Id { get; set; }
    public required string UserName { get; set; }

    /// <summary>Upper-invariant form of <see cref="UserName"/>: sign-in is case-insensitive, uniqueness too.</summary>
    public required string NormalizedUserName { get; set; }
    public string? Email { get; set; }
    public required string PasswordHash { get; set; }

    /// <summary>Changes when the password changes, so existing sign-in cookies stop working.</summary>
    public required string SecurityStamp { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime? LockoutEndUtc { get; set; }
    public bool IsEnabled { get; set; } = true;

    /// <summary>The user asked, on their own account page, to receive their notifications by e-mail too.</summary>
    public bool NotifyByEmail { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<RoleRecord> Roles { get; set; } = [];
}
