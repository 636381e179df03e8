using GiaVien.Cms.Data;
using Serilog;
using Serilog.Formatting.Compact;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>Serilog, configured in this one place: levels from configuration, sinks by environment.</summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddCmsLogging(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder(builder.Configuration, builder.Environment);
        builder.Services.AddCmsRequestLog();
        // preserveStaticLogger: each host (several run in one test process) keeps its own logger instead of
        // replacing the process-wide Log.Logger, so events never land in another host's files.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // The request thread only queues the event; formatting and writing happen on the sink's own thread.
                // A full queue (the disk cannot keep up) drops events rather than slowing every request down.
                .WriteTo.Async(file => file.File(new CompactJsonFormatter(), Path.Combine(dataFolder.LogsFolder, "cms-.log"),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, fileSizeLimitBytes: 100 * 1024 * 1024, rollOnFileSizeLimit: true),
                    bufferSize: 50_000, blockWhenFull: false);
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Tenant} {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                // In production the console (docker logs) carries what needs attention; every request is in the file.
                logger.WriteTo.Logger(console => console.Filter.ByExcluding(RequestLog.IsRoutine)
                    .WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter())));
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary><c>Cms:DataPath</c> (default <c>App_Data</c>), relative to the content root.</summary>
    public static CmsDataFolder DataFolder(IConfiguration configuration, IHostEnvironment environment) =>
        new(Path.GetFullPath(configuration["Cms:DataPath"] ?? "App_Data", environment.ContentRootPath));
}
