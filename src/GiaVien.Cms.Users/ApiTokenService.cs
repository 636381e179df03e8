using System.Security.Cryptography;
using System.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Users;

/// <summary>Personal API tokens of the current tenant's users: created (shown once), listed, revoked, checked.</summary>
public sealed class ApiTokenService(CmsDbContext db, TimeProvider clock)
{
    public const string Prefix = "gv_";

    /// <returns>The stored record and the token itself, which is never available again.</returns>
    public async Task<(ApiTokenRecord Record, string Token)> CreateAsync(int userId, string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new UserException("Hãy đặt tên cho mã truy cập (tối đa 100 ký tự), ví dụ \"Phần mềm đăng tin của xã\".");
        }

        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var record = new ApiTokenRecord { UserId = userId, Name = name.Trim(), TokenHash = Hash(token), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, token);
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListAsync(int userId, CancellationToken cancellationToken = default) =>
        await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);

    public async Task RevokeAsync(int userId, int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new UserException("Không tìm thấy mã truy cập này.");
        token.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The enabled, unlocked user a valid token belongs to, or null.</summary>
    public async Task<UserRecord?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var record = await db.ApiTokens.Include(t => t.User).ThenInclude(u => u!.Roles)
            .SingleOrDefaultAsync(t => t.TokenHash == hash && t.RevokedUtc == null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (record?.User is not { IsEnabled: true } user || user.LockoutEndUtc > now)
        {
            return null;
        }

        // Written at most once an hour: an API client polling every second must not turn reads into writes.
        if (record.LastUsedUtc is null || now - record.LastUsedUtc > TimeSpan.FromHours(1))
        {
            record.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return user;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
