namespace GiaVien.Cms.Tenants.Memory;

/// <summary>Bound from <c>Cms:Tenants:MemoryReturn</c>.</summary>
public sealed class MemoryReturnOptions
{
    /// <summary>Tenants released idle since the last return that make a return worth its pause; 0 turns returns off.</summary>
    public int MinReleasedTenants { get; set; } = 20;

    /// <summary>The shortest time between two returns: each one's compacting collection pauses every request.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(10);
}
