using System.Globalization;

namespace GiaVien.Cms.Tenants.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/GiaVien.Cms.Tenants.Bench -- [tenants=1000] [repeat=5]</c>.
/// A named class rather than top-level statements: the web host's <c>Program</c> is the one WebApplicationFactory starts.
/// </summary>
public static class BenchEntryPoint
{
    public static async Task Main(string[] args)
    {
        var tenants = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var repeat = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        await TenantBenchmarks.RunAsync(new BenchOptions(tenants, repeat), Console.Out);
    }
}
