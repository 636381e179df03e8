using GiaVien.Cms.Data.Users;

namespace GiaVien.Cms.Users;

/// <summary>
/// Outcome of a sign-in check. <see cref="Disabled"/> and <see cref="LockedOut"/> (locked by an administrator) are
/// only ever returned for the right password; a wrong one, or an unknown user, is <see cref="Failed"/>, so answers
/// reveal nothing about an account to whoever does not know its password.
/// </summary>
public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,

    /// <summary>Too many failures for this user name from this address: refused without checking, until <see cref="SignInResult.RetryAfterUtc"/>.</summary>
    Throttled,
}

public sealed record SignInResult(SignInStatus Status, UserRecord? User = null, DateTime? RetryAfterUtc = null);
