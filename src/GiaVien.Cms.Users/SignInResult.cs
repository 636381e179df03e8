using GiaVien.Cms.Data.Users;

namespace GiaVien.Cms.Users;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}

public sealed record SignInResult(SignInStatus Status, UserRecord? User = null, DateTime? LockedUntilUtc = null);
