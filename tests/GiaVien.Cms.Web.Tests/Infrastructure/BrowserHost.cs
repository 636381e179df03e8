using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The real host on a real 127.0.0.1 port (Kestrel), for a real browser.</summary>
public sealed class BrowserHost : CmsHost
{
    public BrowserHost(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
        : base(DatabaseProvider.Sqlite, services: services)
    {
        this.ListenOnFreeLoopbackPort();
        Settings = settings ?? Settings;
    }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void Boot() => StartServer();

    /// <summary>Warnings and errors the server logged (compact JSON files in the data folder); a browser test expects none.</summary>
    public IReadOnlyList<string> ServerWarnings()
    {
        var folder = Path.Combine(DataPath, "logs");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.log")
            .SelectMany(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd().Split('\n').ToList();
            })
            .Where(line => line.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)
                || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
            // "Slow request" says how busy the machine was, not what the product did: a timing is no test verdict.
            .Where(line => !(line.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) && line.Contains($"\"SourceContext\":\"{GiaVien.Cms.Web.Hosting.RequestLog.Source}\"", StringComparison.Ordinal)))
            .ToList();
    }
}
