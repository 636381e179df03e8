using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GiaVien.Cms.Questions.Asking;

/// <summary>
/// The form's challenge, with no outside service: a short code drawn in an image (<see cref="ChallengeImage"/>) and, for
/// whoever cannot see it, a sum written in words; either answer is accepted. Everything travels in one token protected
/// by the data-protection keys (shared by every node), bound to the tenant and limited in time; its nonce becomes the
/// stored question's submission key, so one form is stored at most once.
/// </summary>
public sealed class QuestionChallenge(IDataProtectionProvider protection, TimeProvider clock)
{
    // Letters and digits that cannot be mistaken for one another in a drawing (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
    private const string CodeAlphabet = "34679ACDEFGHKMNPRTUVWXY";
    private const int CodeLength = 5;

    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    public ChallengeTicket Issue(string tenant, TimeSpan lifetime)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var code = string.Create(CodeLength, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });
        var a = RandomNumberGenerator.GetInt32(1, 10);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var token = Protector(tenant).Protect(string.Join('|', nonce, code, (a + b).ToString(CultureInfo.InvariantCulture)), clock.GetUtcNow() + lifetime);
        return new ChallengeTicket(token, $"{Words[a]} cộng {Words[b]} bằng bao nhiêu?");
    }

    /// <summary>The code an image shows, or null when the token is not this tenant's, is forged or has expired.</summary>
    public string? CodeOf(string tenant, string? token) => Read(tenant, token)?.Code;

    /// <summary>The submission key when <paramref name="answer"/> is the code (any case) or the sum; else null.</summary>
    public ChallengeCheck Check(string tenant, string? token, string? answer)
    {
        if (Read(tenant, token) is not { } parts)
        {
            return new ChallengeCheck(null, Expired: true);
        }

        var given = (answer ?? "").Trim();
        var right = string.Equals(given, parts.Code, StringComparison.OrdinalIgnoreCase) || given == parts.Sum;
        return new ChallengeCheck(right ? parts.Nonce : null, Expired: false);
    }

    private (string Nonce, string Code, string Sum)? Read(string tenant, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Protector(tenant).Unprotect(token, out var expires).Split('|');
            return parts.Length == 3 && expires > clock.GetUtcNow() ? (parts[0], parts[1], parts[2]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string tenant) =>
        protection.CreateProtector("GiaVien.Cms.Questions.Challenge", tenant).ToTimeLimitedDataProtector();
}

/// <param name="Token">The protected challenge the form carries.</param>
/// <param name="TextQuestion">The accessible alternative to the image, in words.</param>
public sealed record ChallengeTicket(string Token, string TextQuestion);

/// <param name="SubmissionKey">Set when the answer is right.</param>
/// <param name="Expired">The token is missing, forged or too old: the form needs a new challenge.</param>
public sealed record ChallengeCheck(string? SubmissionKey, bool Expired);
