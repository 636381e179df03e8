using GiaVien.Cms.Content.Text;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// The real clock moved ahead to the coming midday in Việt Nam, running on at the real pace: a host with it and the test
/// that asks it (the host's <c>TimeProvider</c>) for "today" agree on the day whenever the suite runs. With the real clock, a
/// test that read "today" and the page the host rendered a little later fell either side of Vietnamese midnight when a
/// run crossed 17:00 UTC (on a Sunday the week changes too) and the test failed; no class runs for the twelve hours that
/// a crossing now takes.
/// </summary>
public sealed class VietnamMiddayClock : TimeProvider
{
    private readonly TimeSpan _ahead;

    public VietnamMiddayClock()
    {
        var now = VietnameseDates.ToVietnamTime(System.GetUtcNow().UtcDateTime);
        var midday = now.Date.AddHours(12);
        _ahead = (midday >= now ? midday : midday.AddDays(1)) - now;
    }

    /// <summary>Gives a host this clock (as its services are configured).</summary>
    public static void Use(IServiceCollection services) => services.AddSingleton<TimeProvider>(new VietnamMiddayClock());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _ahead;
}
