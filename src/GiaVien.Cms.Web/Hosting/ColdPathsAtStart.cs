using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Themes;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Pays on another thread, while the host's registry is checked and the tenant records are read, the cold work that
/// the district's first page after a restart otherwise pays behind them: EF Core's query pipeline (the process's first
/// LINQ query took about 0.8 s in a trace of a 1,000-tenant restart: translation, SQL generation and the compiled
/// shaper, all JIT-compiled on first use, then the district shell's feature check paid it) and the theme's Fluid parser
/// with the home page's views. Nothing is read or written: the query is only translated, and a failure here only
/// leaves that work to the first page.
/// </summary>
public static class ColdPathsAtStart
{
    private static readonly string[] HomeViews = ["Layout", "Home"];

    public static void WarmInBackground(IServiceProvider services) => _ = Task.Run(() => Warm(services));

    private static void Warm(IServiceProvider services)
    {
        try
        {
            var database = services.GetRequiredService<TenantDatabase>();
            // A tenant context opens its database only when a query runs; ToQueryString compiles the query and stops there.
            using (var db = new CmsDbContext(database.TenantOptions(TenantRecord.DefaultName, database.DefaultProvider)))
            {
                _ = db.Features.AsNoTracking().Where(f => f.Enabled).ToQueryString();
            }

            services.GetRequiredService<ThemeRenderer>().Prepare(HomeViews);
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ColdPathsAtStart))
                .LogWarning(e, "Warming the first page's code paths after the start failed; the first page pays for them");
        }
    }
}
