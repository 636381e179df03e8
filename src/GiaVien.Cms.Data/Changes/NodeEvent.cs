namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// A notification that something changed which every web node caches (pages, settings, renditions…). Listeners
/// subscribe to <see cref="Changed"/> and hear changes made on this node and, when the installation runs on
/// several nodes, changes made on the others: the cluster module forwards <see cref="ChangedHere"/> to the other
/// nodes, which raise it through <see cref="NotifyFromOtherNode"/>. Listeners therefore never need to know how
/// many nodes there are.
/// </summary>
public abstract class NodeEvent<T>
{
    /// <summary>A change made on this node or on another one.</summary>
    public event Action<T>? Changed;

    /// <summary>A change made on this node only: what the cluster module tells the other nodes.</summary>
    public event Action<T>? ChangedHere;

    /// <summary>Reports a change committed on this node.</summary>
    public void Notify(T change)
    {
        Changed?.Invoke(change);
        ChangedHere?.Invoke(change);
    }

    /// <summary>Reports a change another node committed (called by the cluster module only).</summary>
    public void NotifyFromOtherNode(T change) => Changed?.Invoke(change);
}
