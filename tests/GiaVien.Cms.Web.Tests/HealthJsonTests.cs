using System.Text.Json;
using GiaVien.Cms.Web.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The bodies of <c>/health</c> and <c>/health/ready</c> are written by hand (<see cref="HealthJson"/>), not by the
/// serializer, to keep a restart's first probes cheap; monitoring reads them, so they must stay byte for byte what the
/// serializer wrote with <see cref="JsonSerializerOptions.Web"/>: a null description as null, escaped text escaped the
/// same way, dictionary keys unchanged.
/// </summary>
public sealed class HealthJsonTests
{
    [Fact]
    public async Task Health_writes_what_the_serializer_wrote()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks()
            .AddCheck("database", () => HealthCheckResult.Unhealthy("Cơ sở dữ liệu <chính> & 'phụ' \"không\" trả lời"))
            .AddCheck("data-folder", () => HealthCheckResult.Degraded());
        var context = NewContext(services.BuildServiceProvider());

        await HealthEndpoint.WriteAsync(context);

        var body = Body(context);
        using var written = JsonDocument.Parse(body);
        var checks = written.RootElement.GetProperty("checks");
        var expected = JsonSerializer.Serialize(new
        {
            status = "Unhealthy",
            durationMs = written.RootElement.GetProperty("durationMs").GetDouble(),
            checks = new Dictionary<string, object>
            {
                ["database"] = new { status = "Unhealthy", description = (string?)"Cơ sở dữ liệu <chính> & 'phụ' \"không\" trả lời", durationMs = checks.GetProperty("database").GetProperty("durationMs").GetDouble() },
                ["data-folder"] = new { status = "Degraded", description = (string?)null, durationMs = checks.GetProperty("data-folder").GetProperty("durationMs").GetDouble() },
            },
        }, JsonSerializerOptions.Web);
        Assert.Equal(expected, body);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
    }

    [Fact]
    public async Task Readiness_writes_its_reason_as_the_serializer_did()
    {
        var context = NewContext(new ServiceCollection().AddSingleton<IHostApplicationLifetime>(new StoppingLifetime()).BuildServiceProvider());

        await ReadinessEndpoint.WriteAsync(context);

        Assert.Equal(JsonSerializer.Serialize(new { status = "NotReady", reason = (string?)"The node is stopping." }, JsonSerializerOptions.Web), Body(context));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
    }

    private static DefaultHttpContext NewContext(IServiceProvider services) =>
        new() { RequestServices = services, Response = { Body = new MemoryStream() } };

    private static string Body(HttpContext context) => System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => new(canceled: true);
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() { }
    }
}
