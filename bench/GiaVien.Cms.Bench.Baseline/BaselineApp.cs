namespace GiaVien.Cms.Bench.Baseline;

/// <summary>
/// The empty ASP.NET Core app the benchmarks compare the CMS against (as `dotnet new web` makes it):
/// <c>GET /</c> answers the bytes of the file given as <c>--body FILE</c>, or "ok". <c>GET /memory</c>
/// reports its memory with the same code the tenants benchmark uses for the CMS; it is never called while timing.
/// </summary>
public static class BaselineApp
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // What `dotnet new web` puts in appsettings.json, in code: this app shares a bin folder with the CMS.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var bodyFile = builder.Configuration["body"];
        var body = bodyFile is null ? "ok"u8.ToArray() : await File.ReadAllBytesAsync(bodyFile);
        var contentType = bodyFile is null ? "text/plain" : "text/html; charset=utf-8";

        var app = builder.Build();
        app.MapGet("/", () => Results.Bytes(body, contentType));
        app.MapGet("/memory", () => Results.Json(MemorySnapshot.Take()));
        await app.RunAsync();
    }
}
