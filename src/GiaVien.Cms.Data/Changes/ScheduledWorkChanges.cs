using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// A tenant's due background work may have moved: something was scheduled, cancelled, deleted or audited (every such
/// action writes the audit trail). The value is the tenant's name; raised after commit, here and (through the cluster
/// module) on the other nodes, so whichever node runs the shared work looks at that tenant's due times again.
/// </summary>
public sealed class ScheduledWorkChanges(ILogger<ScheduledWorkChanges>? logger = null) : NodeEvent<string>(logger);
