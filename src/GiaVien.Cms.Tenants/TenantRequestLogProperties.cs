using Serilog.Core;
using Serilog.Events;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The <c>Tenant</c> and <c>RequestId</c> of every event logged while a tenant serves a request, as one log-context
/// entry: each entry pushed costs two changes of the request's execution context (the push and its undoing), which a
/// cached hit pays whether or not anything is logged.
/// </summary>
internal sealed class TenantRequestLogProperties(string tenant, string requestId) : ILogEventEnricher
{
    private LogEventProperty? _tenant;
    private LogEventProperty? _requestId;

    // Added only when absent, as LogContext.PushProperty does: an entry pushed further in wins.
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        logEvent.AddPropertyIfAbsent(_tenant ??= new LogEventProperty("Tenant", new ScalarValue(tenant)));
        logEvent.AddPropertyIfAbsent(_requestId ??= new LogEventProperty("RequestId", new ScalarValue(requestId)));
    }
}
