using System.Collections.Concurrent;

namespace GiaVien.Cms.Users;

/// <summary>
/// One hash per distinct password for the length of one setup that creates the same first administrator in many
/// tenants (a province's communes from <c>tenant create-many</c>): hashing is deliberately slow (PBKDF2) and was about a
/// quarter of each tenant's creation. Reusing the salt costs nothing here: whoever recovers the password from one of
/// these hashes has it for every tenant anyway, since it is the same password. It lives no longer than the setup's
/// parameters, which hold the password already.
/// </summary>
public sealed class PasswordHashReuse
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _hashes = new(StringComparer.Ordinal);

    internal string HashOf(string password, Func<string> hash) =>
        _hashes.GetOrAdd(password, static (_, hash) => new Lazy<string>(hash), hash).Value;
}
