using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Tenants whose background work ran in the same pass do not all fall due again in the same pass an hour later: each
/// is rechecked after <c>ScheduleRecheck</c> plus its own part of a quarter of it, never later.
/// </summary>
public abstract class RecheckSpreadBehaviour(DatabaseProvider provider)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromHours(1);
    private static readonly TimeSpan Latest = Recheck * 1.25;

    [Fact]
    public async Task Tenants_that_ran_together_are_stored_due_at_different_times_within_the_bound()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
        var host = await new CmsHost(provider, recipe: "giavien-district", services: s => s.AddSingleton<TimeProvider>(clock)).StartAsync(expectedTenants: 1);
        try
        {
            foreach (var (stem, name) in new[] { ("gia-hoa", "Xã Gia Hòa"), ("gia-tan", "Xã Gia Tân"), ("gia-lap", "Xã Gia Lập") })
            {
                var tenant = TenantFactory.UniqueName(stem);
                await TenantFactory.CreateAsync(host, new TenantSpec(tenant, name, tenant, [], null));
            }

            var ran = clock.GetUtcNow();
            await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

            List<TenantDueTime> stored;
            await using (var db = new HostDbContext(host.Services.GetRequiredService<TenantDatabase>().HostOptions()))
            {
                stored = await db.DueTimes.AsNoTracking().ToListAsync();
            }

            Assert.Equal(4, stored.Count);
            Assert.All(stored, d => Assert.InRange(d.NextDueUtc, ran.UtcDateTime + Recheck, ran.UtcDateTime + Latest));
            Assert.Equal(stored.Count, stored.Select(d => d.NextDueUtc).Distinct().Count());
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }
}

public sealed class RecheckSpreadOnSqlite() : RecheckSpreadBehaviour(DatabaseProvider.Sqlite);

public sealed class RecheckSpreadOnPostgreSql() : RecheckSpreadBehaviour(DatabaseProvider.PostgreSql);

/// <summary>The spread of a province's worth of tenant names, without a host.</summary>
public sealed class RecheckSpreadOfNames
{
    [Fact]
    public void A_thousand_communes_are_spread_over_the_window_a_few_per_background_pass()
    {
        var recheck = TimeSpan.FromHours(1);
        var pass = TimeSpan.FromSeconds(30);
        var passes = Enumerable.Range(1, 1000)
            .GroupBy(i => (int)((RecheckSpread.After($"xa-{i:0000}", recheck) - recheck) / pass))
            .ToList();

        // 30 passes of 30 s in the 15 minutes after the hour: about 33 tenants each, none holding a crowd.
        Assert.All(passes, p => Assert.InRange(p.Key, 0, 29));
        Assert.Equal(30, passes.Count);
        Assert.True(passes.Max(p => p.Count()) <= 66, $"{passes.Max(p => p.Count())} of 1,000 tenants fall due in one pass");
    }
}
