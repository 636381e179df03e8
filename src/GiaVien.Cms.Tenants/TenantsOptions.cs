namespace GiaVien.Cms.Tenants;

/// <summary>Bound from <c>Cms:Tenants</c>.</summary>
public sealed class TenantsOptions
{
    /// <summary>How often the background work looks for tenants whose work is due (a look-up per tenant).</summary>
    public TimeSpan BackgroundInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest a running tenant goes without its background work and due times being read from its database again.
    /// Changes made through any node are noticed at once; this bounds the delay of one made behind the nodes' backs
    /// (a script writing the database, a restored backup). Each tenant adds its own part of a quarter of it
    /// (<see cref="RecheckSpread"/>), so tenants that ran together do not all fall due together again.
    /// </summary>
    public TimeSpan ScheduleRecheck { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A shell that served no request for this long is released (it is rebuilt on the next request).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// A tenant still initializing after this long lost its setup with the node that ran it (a recipe takes seconds,
    /// a large archive import minutes): it is marked not set up, with an error, so it can be removed and created again.
    /// </summary>
    public TimeSpan SetupTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after the start the template that new SQLite tenants are copied from is made in the background, so the
    /// first creation does not wait for it; late enough to stay out of the way of the start's first pages.
    /// </summary>
    public TimeSpan TemplateWarmUp { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the database of a failed tenant (missing or unreadable) is probed again to bring it back.</summary>
    public TimeSpan FailedRecheckInterval { get; set; } = TimeSpan.FromSeconds(10);
}
