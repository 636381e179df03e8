namespace GiaVien.Cms.Data.Users;

/// <summary>
/// One refused sign-in: the user name as typed (normalized, whether or not such a user exists) and the client
/// address. Failures of one (name, address) pair lock that pair only, so whoever guesses from one address cannot
/// lock the real user out from another. Rows older than the lockout duration mean nothing and are purged.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; set; }
    public required string NormalizedUserName { get; set; }
    public required string Address { get; set; }
    public DateTime Utc { get; set; }
}
