namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary><c>Cms:RequestLog</c>: what the request log writes per request and what it sums up.</summary>
public sealed class RequestLogOptions
{
    /// <summary>
    /// When true (the default), routine requests (anonymous, below 400, not slow, no exception) are counted per tenant,
    /// method, path and status and written as one event per <see cref="Interval"/>; false writes one event per request.
    /// </summary>
    public bool AggregateRoutine { get; set; } = true;

    /// <summary>How often the counted routine requests are written (and once more when the node stops).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A request slower than this is logged on its own as a warning, so the production console shows it too.</summary>
    public TimeSpan SlowRequest { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many distinct tenant/method/path/status rows one interval keeps; beyond that, routine requests of new paths
    /// are counted under the path <c>*</c> of their tenant, so a crawler of unique addresses cannot grow the table.
    /// </summary>
    public int MaxRowsPerInterval { get; set; } = 10_000;
}
