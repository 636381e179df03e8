using System.Security.Cryptography;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Setup;

/// <summary>
/// On the very first start (no tenant at all) sets up the district site from <c>Cms:Setup:Recipe</c>, in the
/// background so the server answers "đang khởi tạo" meanwhile, then prints the address and the first
/// administrator's credentials on the console. A generated password is printed once and never logged.
/// </summary>
public sealed class FirstRunSetup(
    TenantRegistry registry,
    TenantSetup setup,
    IOptions<SetupOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<FirstRunSetup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Before the records are read the map is empty on every installation, new or not.
        await registry.WhenLoadedAsync(stoppingToken);
        if (registry.Map.Tenants.Count > 0)
        {
            return;
        }

        var settings = options.Value;
        var generated = string.IsNullOrEmpty(settings.AdminPassword);
        var password = generated ? GeneratePassword() : settings.AdminPassword!;
        try
        {
            await registry.CreateAsync(new TenantSpec(TenantRecord.DefaultName, settings.SiteName, null, [], settings.Recipe), stoppingToken);
        }
        catch (TenantException e) when (e.IsConflict)
        {
            logger.LogInformation("Another node is already setting up the district site");
            return;
        }

        var parameters = new RecipeParameters(new Dictionary<string, string>
        {
            ["AdminUserName"] = settings.AdminUserName,
            ["AdminPassword"] = password,
            ["AdminEmail"] = settings.AdminEmail ?? "",
        });
        try
        {
            await setup.SetupAsync(TenantRecord.DefaultName, settings.Recipe, parameters, stoppingToken);
        }
        catch (Exception e) when (e is RecipeException or TenantException)
        {
            await Console.Error.WriteLineAsync($"Khởi tạo thất bại / setup failed:{Environment.NewLine}{e.Message}");
            return;
        }

        await WaitForServerAsync(stoppingToken);
        await Console.Out.WriteLineAsync(SetupBanner.Text(ServerAddresses(), registry.Map, settings.AdminUserName, generated ? password : null));
    }

    private static string GeneratePassword() =>
        // 18 random bytes → 24 URL-safe characters (~144 bits): strong, and easy to copy from a terminal.
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    private List<string> ServerAddresses() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    private async Task WaitForServerAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
    }
}
