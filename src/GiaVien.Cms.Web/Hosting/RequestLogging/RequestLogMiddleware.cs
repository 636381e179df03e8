using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>
/// Times every request and logs it: a routine one (anonymous, below 400, not slow, no exception) is only counted in
/// <see cref="RoutineRequestTally"/>, which is written as one event per row and interval; anything else (a client or
/// server error, an exception, a slow request, a signed-in user's request) is one event of its own at once. With
/// <see cref="RequestLogOptions.AggregateRoutine"/> off, every request is an event of its own.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, RoutineRequestTally tally, RequestLogWriter writer, IOptions<RequestLogOptions> options)
{
    private readonly bool _aggregate = options.Value.AggregateRoutine;
    private readonly TimeSpan _slow = options.Value.SlowRequest;

    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Task pending;
        try
        {
            pending = next(context);
        }
        catch (Exception exception) when (Completed(context, start, exception))
        {
            throw; // never reached: Completed returns false, so the exception goes on unchanged
        }

        if (pending.IsCompletedSuccessfully)
        {
            Completed(context, start, null);
            return Task.CompletedTask;
        }

        return AwaitedAsync(pending, context, start);
    }

    private async Task AwaitedAsync(Task pending, HttpContext context, long start)
    {
        try
        {
            await pending;
        }
        catch (Exception exception) when (Completed(context, start, exception))
        {
            throw; // never reached, as above
        }

        Completed(context, start, null);
    }

    /// <returns>false, so that it can log from an exception filter without catching the exception.</returns>
    private bool Completed(HttpContext context, long start, Exception? exception)
    {
        var elapsedTicks = Stopwatch.GetTimestamp() - start;
        var elapsed = Stopwatch.GetElapsedTime(start, start + elapsedTicks);
        var status = exception is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        if (_aggregate && exception is null && RequestLog.IsRoutineRequest(status, elapsed, _slow) && RequestUser.Of(context)?.IsAuthenticated != true)
        {
            tally.Add(new RoutineRequestKey(context.Features.Get<GiaVien.Cms.Tenants.TenantMatch>()?.Tenant.Name, context.Request.Method,
                RequestLogWriter.FullPath(context), status), elapsedTicks);
            return false;
        }

        // The error handler inside this middleware turned an exception into its page: the event still carries it.
        exception ??= status >= StatusCodes.Status500InternalServerError ? context.Features.Get<IExceptionHandlerFeature>()?.Error : null;
        writer.Request(context, status, elapsed.TotalMilliseconds, exception, RequestLog.Level(status, elapsed, exception, _slow));
        return false;
    }
}
