using System.Security.Cryptography;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Users;

/// <summary>
/// Users of the current tenant: creation with hashed passwords (ASP.NET Core Identity's PBKDF2 hasher),
/// and sign-in checks with lockout after repeated failures.
/// </summary>
public sealed class UserService(CmsDbContext db, IPasswordHasher<UserRecord> hasher, IOptions<UsersOptions> options, TimeProvider clock, ILogger<UserService> logger)
{
    private readonly UsersOptions _options = options.Value;

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public async Task<UserRecord> CreateAsync(string userName, string? email, string password, IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        if (ValidateUserName(userName) is { } nameError)
        {
            throw new UserException(nameError);
        }

        if (ValidatePassword(password) is { } passwordError)
        {
            throw new UserException(passwordError);
        }

        var normalized = Normalize(userName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            throw new UserException($"Tên đăng nhập \"{userName}\" đã được sử dụng.");
        }

        var names = roleNames.ToList();
        var roles = await db.Roles.Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
        if (names.Except(roles.Select(r => r.Name)).FirstOrDefault() is { } missing)
        {
            throw new UserException($"Vai trò \"{missing}\" không tồn tại.");
        }

        var user = new UserRecord
        {
            UserName = userName.Trim(),
            NormalizedUserName = normalized,
            Email = email,
            PasswordHash = "",
            SecurityStamp = NewStamp(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Roles = roles,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task<SignInResult> CheckPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(userName);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            // Same work as a real check, so response time does not reveal which user names exist.
            hasher.VerifyHashedPassword(new UserRecord { UserName = "", NormalizedUserName = "", PasswordHash = "", SecurityStamp = "" }, DummyHash, password);
            return new SignInResult(SignInStatus.Failed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!user.IsEnabled)
        {
            return new SignInResult(SignInStatus.Disabled);
        }

        if (user.LockoutEndUtc > now)
        {
            return new SignInResult(SignInStatus.LockedOut, LockedUntilUtc: user.LockoutEndUtc);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(user, now, cancellationToken);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.AccessFailedCount = 0;
        user.LockoutEndUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Succeeded, user);
    }

    public Task<UserRecord?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Users.Include(u => u.Roles).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public string? ValidatePassword(string? password) =>
        password is null || password.Length < _options.MinimumPasswordLength
            ? $"Mật khẩu cần có ít nhất {_options.MinimumPasswordLength} ký tự."
            : null;

    public static string? ValidateUserName(string? userName) =>
        string.IsNullOrWhiteSpace(userName) || userName.Trim().Length > 100 || userName.Any(char.IsControl)
            ? "Tên đăng nhập không được để trống và dài tối đa 100 ký tự."
            : null;

    private async Task<SignInResult> RecordFailureAsync(UserRecord user, DateTime now, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= _options.MaxFailedAttempts)
        {
            user.LockoutEndUtc = now + _options.LockoutDuration;
            user.AccessFailedCount = 0;
            logger.LogWarning("User {UserName} locked out until {LockoutEndUtc} after repeated failed sign-ins", user.UserName, user.LockoutEndUtc);
        }

        await db.SaveChangesAsync(cancellationToken);
        return user.LockoutEndUtc > now
            ? new SignInResult(SignInStatus.LockedOut, LockedUntilUtc: user.LockoutEndUtc)
            : new SignInResult(SignInStatus.Failed);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    // A valid Identity v3 hash of a random password: verifying against it costs what a real check costs.
    private static readonly string DummyHash = new PasswordHasher<UserRecord>().HashPassword(
        new UserRecord { UserName = "", NormalizedUserName = "", PasswordHash = "", SecurityStamp = "" }, NewStamp());
}
