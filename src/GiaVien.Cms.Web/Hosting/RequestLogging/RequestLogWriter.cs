using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>
/// Writes the request log's two kinds of event, both with <see cref="RequestLog.Source"/>: one request on its own
/// (tenant, method, full path, status, duration, request id, client address, user) and one row of routine requests
/// summed up over an interval (the same names, plus the count and the shortest, median and longest duration).
/// </summary>
public sealed class RequestLogWriter(Serilog.ILogger logger)
{
    private static readonly MessageTemplateParser Parser = new();
    private static readonly MessageTemplate OneRequest = Parser.Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms");
    private static readonly MessageTemplate ManyRequests = Parser.Parse(
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} {Count} times in {IntervalSeconds} s: {ElapsedMin:0.000}/{ElapsedMedian:0.000}/{ElapsedMax:0.000} ms (min/median/max)");

    private static readonly LogEventProperty SourceProperty = new(Constants.SourceContextPropertyName, new ScalarValue(RequestLog.Source));

    public void Request(HttpContext context, int status, double elapsedMs, Exception? exception, LogEventLevel level)
    {
        if (!logger.IsEnabled(level))
        {
            return;
        }

        var user = RequestUser.Of(context);
        logger.Write(new LogEvent(DateTimeOffset.Now, level, exception, OneRequest,
        [
            Scalar("RequestMethod", context.Request.Method),
            Scalar("RequestPath", FullPath(context)),
            Scalar("StatusCode", status),
            Scalar("Elapsed", elapsedMs),
            Scalar("Tenant", context.Features.Get<TenantMatch>()?.Tenant.Name),
            Scalar("RequestId", context.TraceIdentifier),
            Scalar("ClientAddress", context.Connection.RemoteIpAddress?.ToString()),
            Scalar("UserName", user?.IsAuthenticated == true ? user.Name : null),
            SourceProperty,
        ]));
    }

    public void Routine(RoutineRequestSummary summary, TimeSpan interval)
    {
        if (!logger.IsEnabled(LogEventLevel.Information))
        {
            return;
        }

        logger.Write(new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, ManyRequests,
        [
            Scalar("RequestMethod", summary.Key.Method),
            Scalar("RequestPath", summary.Key.Path),
            Scalar("StatusCode", summary.Key.Status),
            Scalar("Count", summary.Count),
            Scalar("IntervalSeconds", interval.TotalSeconds),
            Scalar("ElapsedMin", summary.MinMs),
            Scalar("ElapsedMedian", summary.MedianMs),
            Scalar("ElapsedMax", summary.MaxMs),
            Scalar("Tenant", summary.Key.Tenant),
            SourceProperty,
        ]));
    }

    /// <summary>The path as the client asked for it, the tenant's URL prefix included (no query string).</summary>
    public static string FullPath(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.Path is { Length: > 0 } path ? path : context.Request.Path.ToString();

    private static LogEventProperty Scalar(string name, object? value) => new(name, new ScalarValue(value));
}
