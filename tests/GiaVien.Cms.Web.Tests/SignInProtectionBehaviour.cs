using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Sign-in as an attacker tries it: guessing from one address, from many, probing which accounts exist or are locked.
/// Each test uses fresh user names and client addresses, so the throttle's counters of one test never reach another.
/// </summary>
public abstract partial class SignInProtectionBehaviour(SignInProtectionHost host)
{
    private const string Tenant = "gia-hoa";
    private const string BasePath = "/gia-hoa";
    private const string TooMany = "Bạn đã thử đăng nhập quá nhiều lần";

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_accounts_get_one_answer_and_the_same_hash_work_until_the_right_password()
    {
        var existing = await TenantServices.CreateUserAsync(host, Tenant, "Editor");
        var locked = await TenantServices.CreateUserAsync(host, Tenant, "Administrator");
        var disabled = await TenantServices.CreateUserAsync(host, Tenant, "Author");
        await TenantServices.RunAsync(host, Tenant, async services =>
        {
            var users = services.GetRequiredService<UserService>();
            var all = await users.ListAsync();
            await users.SetLockedAsync(all.Single(u => u.UserName == locked).Id, locked: true);
            await users.SetEnabledAsync(all.Single(u => u.UserName == disabled).Id, enabled: false);
        });

        var client = ClientAddresses.From(host, ClientAddresses.NewAddress());
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var name in new[] { "khong-ton-tai-" + Guid.NewGuid().ToString("N")[..6], existing, locked, disabled })
        {
            var before = host.Hasher.Verifications;
            using var response = await client.SignInAsync(BasePath, name, "mat-khau-doan-sai");
            answers.Add((response.StatusCode, Error(await response.Content.ReadAsStringAsync())));
            Assert.Equal(before + 1, host.Hasher.Verifications);
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, "Tên đăng nhập hoặc mật khẩu không đúng."), answer));

        // Only the right password tells the owner why they cannot come in.
        using var lockedRight = await client.SignInAsync(BasePath, locked, TenantServices.UserPassword);
        Assert.Contains("Tài khoản đang bị khóa", Error(await lockedRight.Content.ReadAsStringAsync()));
        using var disabledRight = await client.SignInAsync(BasePath, disabled, TenantServices.UserPassword);
        Assert.Contains("vô hiệu hóa", Error(await disabledRight.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Failures_from_one_address_lock_that_address_only_and_are_audited()
    {
        var admin = await TenantServices.CreateUserAsync(host, Tenant, "Administrator");
        var attackerAddress = ClientAddresses.NewAddress();
        var attacker = ClientAddresses.From(host, attackerAddress);
        for (var i = 0; i < 5; i++)
        {
            using var _ = await attacker.SignInAsync(BasePath, admin, "doan-mat-khau-" + i);
        }

        // Even the right password is refused from there now, with the wait in the answer.
        using var refused = await attacker.SignInAsync(BasePath, admin, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains(TooMany, Error(await refused.Content.ReadAsStringAsync()));

        // The administrator, from their own office, is not locked out.
        using var owner = await ClientAddresses.From(host, ClientAddresses.NewAddress()).SignInAsync(BasePath, admin, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);

        var audit = await TenantServices.RunAsync(host, Tenant, services => services.GetRequiredService<CmsDbContext>().AuditTrail
            .Where(a => a.UserName == admin && a.Action == UserService.SignInLockedOutAction).ToListAsync());
        Assert.Contains(attackerAddress, Assert.Single(audit).Details);
    }

    [Fact]
    public async Task One_address_trying_many_names_is_throttled_with_429()
    {
        var client = ClientAddresses.From(host, ClientAddresses.NewAddress());
        for (var i = 0; i < SignInProtectionHost.PerAddress; i++)
        {
            using var allowed = await client.SignInAsync(BasePath, $"ten-doan-{i}-{Guid.NewGuid():N}", "mat-khau-doan-sai");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await client.SignInAsync(BasePath, "ten-doan-nua", "mat-khau-doan-sai");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
        Assert.Contains(TooMany, Error(await throttled.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Guessing_one_name_from_many_addresses_is_throttled_but_the_owners_own_browser_still_signs_in()
    {
        var admin = await TenantServices.CreateUserAsync(host, Tenant, "Administrator");
        var ownersBrowser = ClientAddresses.From(host, ClientAddresses.NewAddress());
        using (var first = await ownersBrowser.SignInAsync(BasePath, admin, TenantServices.UserPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        for (var i = 0; i < SignInProtectionHost.PerAccount; i++)
        {
            using var _ = await ClientAddresses.From(host, ClientAddresses.NewAddress()).SignInAsync(BasePath, admin, "doan-mat-khau-" + i);
        }

        using var throttled = await ClientAddresses.From(host, ClientAddresses.NewAddress()).SignInAsync(BasePath, admin, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains(TooMany, Error(await throttled.Content.ReadAsStringAsync()));

        using var owner = await ownersBrowser.SignInAsync(BasePath, admin, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    private static string Error(string html) => ErrorParagraph().Match(html).Groups[1].Value;

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorParagraph();
}

/// <summary>A demo host with the sign-in throttle at small limits, chosen client addresses and a counting password hasher.</summary>
public abstract class SignInProtectionHost : DemoHost
{
    public const int PerAddress = 8;
    public const int PerAccount = 12;

    protected SignInProtectionHost(DatabaseProvider provider) : base(provider, services =>
    {
        services.AddSingleton<IStartupFilter, ClientAddresses>();
        services.AddSingleton<CountingPasswordHasher>();
        services.AddSingleton<IPasswordHasher<UserRecord>>(sp => sp.GetRequiredService<CountingPasswordHasher>());
    })
    {
        Settings = new Dictionary<string, string>
        {
            ["Cms:Users:SignInAttemptsPerAddress"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Users:SignInAttemptsPerAccount"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public CountingPasswordHasher Hasher => Services.GetRequiredService<CountingPasswordHasher>();
}

public sealed class SqliteSignInProtectionHost() : SignInProtectionHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSignInProtectionHost() : SignInProtectionHost(DatabaseProvider.PostgreSql);

public sealed class SignInProtectionOnSqlite(SqliteSignInProtectionHost host) : SignInProtectionBehaviour(host), IClassFixture<SqliteSignInProtectionHost>;

public sealed class SignInProtectionOnPostgreSql(PostgreSqlSignInProtectionHost host) : SignInProtectionBehaviour(host), IClassFixture<PostgreSqlSignInProtectionHost>;
