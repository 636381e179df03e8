using System.Net;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Serilog.Events;
using Serilog.Parsing;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The request log stays complete in the log file, while a production console carries only what needs attention,
/// so printing successful requests does not cost a busy site its cores.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task In_production_a_routine_request_is_written_to_the_log_file_but_not_to_the_console()
    {
        var dataPath = Directory.CreateTempSubdirectory("giavien-requestlog-").FullName;
        using var host = await HostProcess.StartAsync(dataPath, TestRecipes.CreateFolder(dataPath));
        using var client = host.Client();
        await Eventually.ThatAsync(async () => (await client.GetAsync("/gia-hoa/")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the demo tenant was not set up");
        var probe = "/gia-hoa/khong-co-trang-" + Guid.NewGuid().ToString("N")[..8];

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(probe)).StatusCode);
        await host.StopAsync();

        var file = string.Join("\n", Directory.EnumerateFiles(Path.Combine(dataPath, "logs")).Select(File.ReadAllText));
        Assert.Contains($"\"RequestPath\":\"{probe}\"", file);
        Assert.Contains("\"Tenant\":\"gia-hoa\"", file);
        Assert.DoesNotContain(host.Output, line => line.Contains(probe, StringComparison.Ordinal));
        // The console is not silent: what the operator needs (start-up, setup) is still there.
        Assert.Contains(host.Output, line => line.Contains("Recipe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(200, 5, false, LogEventLevel.Information)]
    [InlineData(404, 5, false, LogEventLevel.Information)]
    [InlineData(500, 5, false, LogEventLevel.Error)]
    [InlineData(200, 5, true, LogEventLevel.Error)]
    [InlineData(200, 5000, false, LogEventLevel.Warning)]
    public void Server_errors_and_slow_requests_are_raised_above_routine_so_the_console_shows_them(int status, double elapsedMs, bool threw, LogEventLevel expected)
    {
        var level = RequestLog.Level(status, TimeSpan.FromMilliseconds(elapsedMs), threw ? new InvalidOperationException("boom") : null, TimeSpan.FromSeconds(2));

        Assert.Equal(expected, level);
        Assert.Equal(expected < LogEventLevel.Warning, RequestLog.IsRoutine(RequestEvent(level)));
    }

    private static LogEvent RequestEvent(LogEventLevel level) =>
        new(DateTimeOffset.UtcNow, level, null, new MessageTemplateParser().Parse("HTTP request"),
            [new LogEventProperty("SourceContext", new ScalarValue(RequestLog.Source))]);
}
