namespace GiaVien.Cms.Tenants.Management;

/// <summary>How far a tenant's background setup has gone, as the district administrator sees it.</summary>
public sealed record SetupProgress(string Step, DateTime StartedUtc, bool Finished = false, string? Error = null);
