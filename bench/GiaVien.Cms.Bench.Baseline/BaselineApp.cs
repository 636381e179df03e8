namespace GiaVien.Cms.Bench.Baseline;

/// <summary>
/// The empty ASP.NET Core app the benchmarks compare the CMS against (as `dotnet new web` makes it):
/// <c>GET /</c> answers the bytes of the file given as <c>--body FILE</c>, or "ok"; with <c>--encoding gzip</c> the file is
/// already compressed and the answer says so (<c>Content-Encoding</c>), as a precompressed file on any web server. <c>GET /memory</c>
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

        var encoding = builder.Configuration["encoding"];

        var app = builder.Build();
        app.MapGet("/", encoding is null ? () => Results.Bytes(body, contentType) : (HttpResponse response) =>
        {
            response.Headers.ContentEncoding = encoding;
            return Results.Bytes(body, contentType);
        });
        app.MapGet("/memory", () => Results.Json(MemorySnapshot.Take()));
        await app.RunAsync();
    }
}
