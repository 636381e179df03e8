using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GiaVien.Cms.Tenants.Bench;

/// <summary>The real host in process, on a throwaway data folder, with the blank recipe for the district.</summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _dataPath;

    public BenchHost(string dataPath)
    {
        _dataPath = dataPath;
        // Run as a console there is no test project's content-root attribute: the build output (recipes, themes) is the content root.
        if (System.Reflection.Assembly.GetEntryAssembly() == typeof(BenchHost).Assembly)
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GIAVIEN_CMS_WEB", AppContext.BaseDirectory);
        }
    }

    public const string AdminPassword = "Mat-khau-do-hieu-nang-2025";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cms:DataPath", _dataPath);
        builder.UseSetting("Cms:Setup:Recipe", "giavien-blank");
        builder.UseSetting("Cms:Setup:AdminUserName", "admin");
        builder.UseSetting("Cms:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Cms:Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Cms:Tenants:BackgroundInterval", "01:00:00");
    }
}
