using GiaVien.Cms.Web.Hosting.RequestLogging;
using Serilog.Events;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// The request log (<see cref="RequestLogMiddleware"/>): every request is in the log file, either as an event of its
/// own (errors, exceptions, slow requests, signed-in users) or counted into one event per tenant, path and status and
/// interval (routine requests; see <see cref="RequestLogOptions"/>). Written through a background queue; in production
/// the console shows only what went wrong (a server error, an exception or a slow request), so a busy site does not
/// spend its cores printing successful requests.
/// </summary>
public static class RequestLog
{
    /// <summary>The source context of every request log event.</summary>
    public const string Source = "GiaVien.Cms.Web.RequestLog";

    /// <summary>True for a routine request log event (below warning): the file keeps it, a production console skips it.</summary>
    public static bool IsRoutine(LogEvent logEvent) =>
        logEvent.Level < LogEventLevel.Warning
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: Source };

    public static IServiceCollection AddCmsRequestLog(this IServiceCollection services)
    {
        services.AddOptions<RequestLogOptions>().BindConfiguration("Cms:RequestLog");
        services.AddSingleton<RoutineRequestTally>();
        services.AddSingleton<RequestLogWriter>();
        services.AddHostedService<RoutineRequestFlush>();
        return services;
    }

    public static void UseCmsRequestLog(this WebApplication app) => app.UseMiddleware<RequestLogMiddleware>();

    /// <summary>A request that may be summed up with others: it succeeded or was redirected, and in good time.</summary>
    internal static bool IsRoutineRequest(int status, TimeSpan elapsed, TimeSpan slow) =>
        status < StatusCodes.Status400BadRequest && elapsed <= slow;

    // A 503 is a status page given on purpose (tenant disabled, being set up, failed: its failure is logged once as an
    // error), so a failed tenant does not log an error per request; exceptions and other 5xx stay errors.
    internal static LogEventLevel Level(int status, TimeSpan elapsed, Exception? exception, TimeSpan slow) =>
        exception is not null || status is >= StatusCodes.Status500InternalServerError and not StatusCodes.Status503ServiceUnavailable
            ? LogEventLevel.Error
        : elapsed > slow ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
