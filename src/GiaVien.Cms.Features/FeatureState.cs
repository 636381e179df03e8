using GiaVien.Cms.Tenants.Features;

namespace GiaVien.Cms.Features;

/// <summary>A feature as one tenant has it: on or off, and the last of its migrations applied there.</summary>
public sealed record FeatureState(FeatureDescriptor Feature, bool Enabled, int MigrationVersion);
