using System.Text;
using GiaVien.Cms.Bench.Baseline;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Tenants;

/// <summary>Memory of the host once <see cref="Count"/> commune shells (and the district's) are active and idle.</summary>
internal sealed record ActiveTenants(int Count, int ActiveShells, MemorySnapshot Memory);

internal sealed record TenantsResult(
    IReadOnlyList<double> ColdMs,
    IReadOnlyList<double> WarmMs,
    IReadOnlyList<double> SchemaCheckMs,
    MemorySnapshot EmptyApp,
    MemorySnapshot DistrictOnly,
    IReadOnlyList<ActiveTenants> Active)
{
    public double ColdMedianMs => Statistics.Median(ColdMs);

    public double WarmMedianMs => Statistics.Median(WarmMs);

    /// <summary>Managed heap added per active idle tenant, from the district-only host to <paramref name="active"/>.</summary>
    public double GcHeapMbPerTenant(ActiveTenants active) => (active.Memory.GcHeapMb - DistrictOnly.GcHeapMb) / active.Count;

    public double WorkingSetMbPerTenant(ActiveTenants active) => (active.Memory.WorkingSetMb - DistrictOnly.WorkingSetMb) / active.Count;

    public string ToMarkdown()
    {
        var requests = new MarkdownTable("Commune home page (in-process host)", "requests", "median ms", "p90 ms", "max ms", "ratio to warm")
            .Row("Warm: second request (baseline)", WarmMs.Count, WarmMedianMs, Statistics.Percentile(WarmMs, 90), WarmMs.Max(), 1.0)
            .Row("Cold: first request, activates the shell", ColdMs.Count, ColdMedianMs, Statistics.Percentile(ColdMs, 90), ColdMs.Max(), ColdMedianMs / WarmMedianMs)
            .Row("Schema check alone (MigrateTenantAsync, run by activation)", SchemaCheckMs.Count, Statistics.Median(SchemaCheckMs), Statistics.Percentile(SchemaCheckMs, 90),
                SchemaCheckMs.Max(), Statistics.Median(SchemaCheckMs) / WarmMedianMs);
        var memory = new MarkdownTable("Process", "GC heap MB", "working set MB", "GC heap KB / tenant", "WS MB / tenant", "WS MB / tenant, slope from previous row", "WS per tenant ÷ empty app's WS")
            .Row("Empty ASP.NET Core app (baseline, own process)", EmptyApp.GcHeapMb, EmptyApp.WorkingSetMb, "", "", "", "")
            .Row("GiaVien.Cms, district only", DistrictOnly.GcHeapMb, DistrictOnly.WorkingSetMb, "", "", "", "");
        var previous = new ActiveTenants(0, 1, DistrictOnly);
        foreach (var active in Active)
        {
            var slope = (active.Memory.WorkingSetMb - previous.Memory.WorkingSetMb) / (active.Count - previous.Count);
            memory.Row($"GiaVien.Cms, + {active.Count} idle commune(s) ({active.ActiveShells} shells)", active.Memory.GcHeapMb, active.Memory.WorkingSetMb,
                GcHeapMbPerTenant(active) * 1024, WorkingSetMbPerTenant(active), slope, WorkingSetMbPerTenant(active) / EmptyApp.WorkingSetMb);
            previous = active;
        }

        return new StringBuilder().AppendLine(requests.ToString()).Append(memory).ToString();
    }
}
