using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GiaVien.Cms.Users;

/// <summary>
/// One-time links to choose a password, valid 24 hours: for a tenant's first administrator, for a reset,
/// and for users imported without their passwords. The user's password is set to a random secret that the
/// (encrypted, time-limited) token carries; choosing a password replaces the secret, so the link works once.
/// Nothing is stored, and the token is bound to its tenant.
/// </summary>
public sealed class PasswordLinks(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private ITimeLimitedDataProtector Protector => provider.CreateProtector("GiaVien.Cms.Users.PasswordLink").ToTimeLimitedDataProtector();

    /// <summary>A random secret to use as the user's password until the link is used (~256 bits).</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string CreateToken(string tenant, string userName, string secret) =>
        Protector.Protect(string.Join('\n', tenant, userName, secret), DateTimeOffset.UtcNow + Lifetime);

    /// <summary>The link's contents, or null when it was tampered with or has expired.</summary>
    public PasswordLink? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Protector.Unprotect(token).Split('\n');
            return parts.Length == 3 ? new PasswordLink(parts[0], parts[1], parts[2]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

public sealed record PasswordLink(string Tenant, string UserName, string Secret);
