using GiaVien.Cms.Data.Changes;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Media.Images;

/// <summary>
/// A tenant's media file that was deleted, renamed or moved away: its renditions must go on every node. A null
/// <see cref="Path"/> means any file of the tenant may have changed (a node that missed notifications), so all go.
/// </summary>
public sealed record StaleRendition(string Tenant, string? Path);

/// <summary>Reported by the media library after the change is saved; <see cref="ProfileCache"/> deletes the renditions.</summary>
public sealed class StaleRenditions(ILogger<StaleRenditions>? logger = null) : NodeEvent<StaleRendition>(logger);
