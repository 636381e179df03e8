using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>Views counted in memory are written when the process stops, so a restart (a deployment) loses none.</summary>
public abstract class VisitsRestartBehaviour(DatabaseProvider provider)
{
    [Fact]
    public async Task Views_counted_before_a_restart_are_there_after_it()
    {
        // No periodic flush during the test: only the one on stopping can write the views.
        var settings = new Dictionary<string, string> { ["Cms:Visits:FlushInterval"] = "01:00:00" };
        var first = await new CmsHost(provider) { Settings = settings }.StartAsync();
        CmsHost? second = null;
        try
        {
            // The demo district counts visits.
            var reader = VisitorClients.Reader(first);
            for (var i = 0; i < 5; i++)
            {
                (await reader.GetAsync("/")).Dispose();
            }

            await first.DisposeAsync();
            second = await first.Restarted().StartAsync();
            var views = await TenantServices.RunAsync(second, "default", services => services.GetRequiredService<CmsDbContext>().VisitCounts.AsNoTracking()
                .Where(v => v.ContentItemId == VisitCount.Site).SumAsync(v => v.Count));
            Assert.Equal(5, views);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await DemoHost.DeleteDataAsync(first);
        }
    }
}

public sealed class VisitsRestartOnSqlite() : VisitsRestartBehaviour(DatabaseProvider.Sqlite);

public sealed class VisitsRestartOnPostgreSql() : VisitsRestartBehaviour(DatabaseProvider.PostgreSql);
