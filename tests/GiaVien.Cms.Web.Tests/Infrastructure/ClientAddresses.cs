using System.Net;
using GiaVien.Cms.Data.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Lets a test choose the client address of its requests (header <see cref="Header"/>), as if they came from different
/// machines: the in-memory test server has no network peer of its own.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static string NewAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    public static HttpClient From(CmsHost host, string address)
    {
        var client = host.Browser();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The real password hasher, counting how many hashes it verified: equal work is how sign-in answers take equal time.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<UserRecord>
{
    private readonly PasswordHasher<UserRecord> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(UserRecord user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(UserRecord user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
