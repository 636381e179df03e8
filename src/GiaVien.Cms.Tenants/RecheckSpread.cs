namespace GiaVien.Cms.Tenants;

/// <summary>
/// Spreads the tenants' recheck (<see cref="TenantsOptions.ScheduleRecheck"/>) over a window after it, by an offset per
/// tenant fixed by its name: tenants whose work ran in the same pass (every tenant after a bulk creation, or after a
/// start with nothing stored) would otherwise all fall due again in one pass an hour later, and every hour after. The
/// offset is derived from the name rather than drawn at random so every node and every start computes the same one.
/// A tenant is read again at least every <c>ScheduleRecheck × 1.25</c> (75 minutes by default).
/// </summary>
public static class RecheckSpread
{
    /// <summary>The window the rechecks are spread over, as a part of the recheck interval.</summary>
    public const double WindowShare = 0.25;

    /// <summary>How long after a run the tenant's due times are read again from its database at the latest.</summary>
    public static TimeSpan After(string tenantName, TimeSpan recheck) => recheck + recheck * (WindowShare * Fraction(tenantName));

    /// <summary>
    /// A value in [0, 1) spread evenly over names: FNV-1a of the name's characters, then MurmurHash3's finalizer, without
    /// which names that differ in their last digits (<c>xa-0001</c>, <c>xa-0002</c>…) crowd into a few passes.
    /// </summary>
    private static double Fraction(string tenantName)
    {
        var hash = 2166136261u;
        foreach (var c in tenantName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return hash / 4294967296.0;
    }
}
