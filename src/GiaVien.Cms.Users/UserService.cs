using System.Security.Cryptography;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Users;

/// <summary>
/// Users of the current tenant: creation with hashed passwords (ASP.NET Core Identity's PBKDF2 hasher),
/// and sign-in checks with lockout after repeated failures. The security stamp changes whenever existing
/// sign-ins must end (password set or reset, account disabled or locked by an administrator); the sign-in
/// cookie carries the stamp it was issued with and stops working once the two differ.
/// </summary>
public sealed class UserService(CmsDbContext db, IPasswordHasher<UserRecord> hasher, IOptions<UsersOptions> options, TimeProvider clock, ILogger<UserService> logger)
{
    private readonly UsersOptions _options = options.Value;

    /// <summary>Lockout end of an account locked by an administrator (until unlocked, in practice).</summary>
    public static readonly DateTime LockedByAdministrator = new(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public Task<UserRecord> CreateAsync(string userName, string? email, string password, IEnumerable<string> roleNames, CancellationToken cancellationToken = default) =>
        CreateAsync(userName, email, password, roleNames, hashes: null, cancellationToken);

    /// <param name="hashes">Where a setup creating the same user in many tenants keeps the password's hash, computed once.</param>
    public async Task<UserRecord> CreateAsync(string userName, string? email, string password, IEnumerable<string> roleNames, PasswordHashReuse? hashes,
        CancellationToken cancellationToken)
    {
        if (ValidateUserName(userName) is { } nameError)
        {
            throw new UserException(nameError);
        }

        if (ValidatePassword(password) is { } passwordError)
        {
            throw new UserException(passwordError);
        }

        if (Tenants.Settings.ContactDetails.EmailError(email) is { } emailError)
        {
            throw new UserException(emailError);
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
        user.PasswordHash = hashes is null ? hasher.HashPassword(user, password) : hashes.HashOf(password, () => hasher.HashPassword(user, password));
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>
    /// Checks a password typed from <paramref name="address"/>. The password hash is verified for every attempt that is
    /// not throttled — against a dummy hash for an unknown user — so unknown, disabled, locked and existing users cost
    /// the same and answer the same until the right password is given. Failures are counted per (user name, address):
    /// whoever guesses from one address locks that pair only, never the real user signing in from elsewhere.
    /// </summary>
    public async Task<SignInResult> CheckPasswordAsync(string userName, string password, string address, CancellationToken cancellationToken = default)
    {
        var attempt = new SignInAttempt(Truncate(Normalize(userName)), Truncate(address));
        var now = clock.GetUtcNow().UtcDateTime;
        if (await PairLockedUntilAsync(attempt, now, cancellationToken) is { } lockedUntil)
        {
            return new SignInResult(SignInStatus.Throttled, RetryAfterUtc: lockedUntil);
        }

        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedUserName == attempt.NormalizedUserName, cancellationToken);
        var verification = hasher.VerifyHashedPassword(user ?? DummyUser, user?.PasswordHash ?? DummyHash, password);
        if (user is null || verification == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(attempt, userName, now, cancellationToken);
            return new SignInResult(SignInStatus.Failed);
        }

        if (!user.IsEnabled)
        {
            return new SignInResult(SignInStatus.Disabled);
        }

        if (user.LockoutEndUtc > now)
        {
            return new SignInResult(SignInStatus.LockedOut, RetryAfterUtc: user.LockoutEndUtc);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        await db.SignInFailures.Where(f => f.NormalizedUserName == attempt.NormalizedUserName && f.Address == attempt.Address).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Succeeded, user);
    }

    public Task<List<UserRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Users.Include(u => u.Roles).AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken);

    public Task<List<RoleRecord>> RolesAsync(CancellationToken cancellationToken = default) =>
        db.Roles.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Sets a new password (also ending the lockout) and changes the security stamp.</summary>
    public async Task SetPasswordAsync(int id, string password, CancellationToken cancellationToken = default)
    {
        if (ValidatePassword(password) is { } error)
        {
            throw new UserException(error);
        }

        var user = await TrackedAsync(id, cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.LockoutEndUtc = null;
        await ForgetFailuresAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replaces the password with a random secret for a one-time link (see <see cref="PasswordLinks"/>); returns the secret.</summary>
    public async Task<string> ResetToSecretAsync(int id, CancellationToken cancellationToken = default)
    {
        var secret = PasswordLinks.NewSecret();
        var user = await TrackedAsync(id, cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, secret);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>Uses a one-time link: the user's password must still be the link's secret. Returns false when it is not (used, or replaced).</summary>
    public async Task<bool> RedeemSecretAsync(string userName, string secret, string newPassword, CancellationToken cancellationToken = default)
    {
        if (ValidatePassword(newPassword) is { } error)
        {
            throw new UserException(error);
        }

        var normalized = Normalize(userName);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null || !user.IsEnabled || user.PasswordHash.Length == 0
            || hasher.VerifyHashedPassword(user, user.PasswordHash, secret) == PasswordVerificationResult.Failed)
        {
            return false;
        }

        await SetPasswordAsync(user.Id, newPassword, cancellationToken);
        return true;
    }

    /// <summary>
    /// Locks or unlocks an account. An administrator's lock also ends the user's sign-ins (new stamp); the automatic
    /// lockout after failed attempts does not, or anyone guessing passwords could sign the real user out.
    /// </summary>
    public async Task SetLockedAsync(int id, bool locked, CancellationToken cancellationToken = default)
    {
        var user = await TrackedAsync(id, cancellationToken);
        user.LockoutEndUtc = locked ? LockedByAdministrator : null;
        if (locked)
        {
            user.SecurityStamp = NewStamp();
        }
        else
        {
            await ForgetFailuresAsync(user, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken = default)
    {
        var user = await TrackedAsync(id, cancellationToken);
        user.IsEnabled = enabled;
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the user's roles. The stamp is kept: sign-ins are not ended but re-read their roles at the next
    /// session check (<see cref="UsersOptions.SessionValidationInterval"/>), as ASP.NET Core Identity does.
    /// </summary>
    public async Task SetRolesAsync(int id, IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        var names = roleNames.ToList();
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw UserNotFound();
        var roles = await db.Roles.Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
        user.Roles.Clear();
        user.Roles.AddRange(roles);
        await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>When this (name, address) pair has failed too often lately: the end of its lockout, else null.</summary>
    private async Task<DateTime?> PairLockedUntilAsync(SignInAttempt attempt, DateTime now, CancellationToken cancellationToken)
    {
        var recent = await db.SignInFailures.AsNoTracking()
            .Where(f => f.NormalizedUserName == attempt.NormalizedUserName && f.Address == attempt.Address && f.Utc > now - _options.LockoutDuration)
            .OrderByDescending(f => f.Utc).Take(_options.MaxFailedAttempts).Select(f => f.Utc).ToListAsync(cancellationToken);
        return recent.Count >= _options.MaxFailedAttempts ? recent[^1] + _options.LockoutDuration : null;
    }

    /// <summary>Counts a failure; the one that locks the pair goes to the audit trail. Failures too old to count are purged on the way.</summary>
    private async Task RecordFailureAsync(SignInAttempt attempt, string typedUserName, DateTime now, CancellationToken cancellationToken)
    {
        await db.SignInFailures.Where(f => f.Utc <= now - _options.LockoutDuration).ExecuteDeleteAsync(cancellationToken);
        db.SignInFailures.Add(new SignInFailure { NormalizedUserName = attempt.NormalizedUserName, Address = attempt.Address, Utc = now });
        await db.SaveChangesAsync(cancellationToken);
        if (await PairLockedUntilAsync(attempt, now, cancellationToken) is { } until)
        {
            logger.LogWarning("Sign-in of {UserName} from {Address} locked until {LockedUntilUtc} after {Failures} failures", typedUserName, attempt.Address, until, _options.MaxFailedAttempts);
            db.AuditTrail.Add(new AuditEntry
            {
                Utc = now,
                UserName = Truncate(typedUserName.Trim()),
                Action = SignInLockedOutAction,
                Details = $"Địa chỉ {attempt.Address}: {_options.MaxFailedAttempts} lần đăng nhập sai, tạm khóa đến {until:yyyy-MM-dd HH:mm} UTC",
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<int> ForgetFailuresAsync(UserRecord user, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(f => f.NormalizedUserName == user.NormalizedUserName).ExecuteDeleteAsync(cancellationToken);

    private static string Truncate(string value) => value.Length <= 100 ? value : value[..100];

    private sealed record SignInAttempt(string NormalizedUserName, string Address);

    private async Task<UserRecord> TrackedAsync(int id, CancellationToken cancellationToken) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw UserNotFound();

    private static UserException UserNotFound() => new("Không tìm thấy người dùng này.");

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Audit action of a (user name, address) pair locked after repeated failed sign-ins.</summary>
    public const string SignInLockedOutAction = "SignInLockedOut";

    private static readonly UserRecord DummyUser = new() { UserName = "", NormalizedUserName = "", PasswordHash = "", SecurityStamp = "" };

    // A valid Identity v3 hash of a random password: verifying against it costs what a real check costs.
    private static readonly string DummyHash = new PasswordHasher<UserRecord>().HashPassword(DummyUser, NewStamp());
}
