using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// A notification that something changed which every web node caches (pages, settings, renditions…): the one way
/// modules tell each other about a committed change. Listeners subscribe to <see cref="Changed"/> and hear changes
/// made on this node and, when the installation runs on several nodes, changes made on the others: the cluster module
/// forwards <see cref="ChangedHere"/> to the other nodes, which raise it through <see cref="NotifyFromOtherNode"/>.
/// Listeners therefore never need to know how many nodes there are. The other nodes are told first, and each listener
/// is called on its own: one that throws is logged and the others are still told.
/// </summary>
public abstract class NodeEvent<T>(ILogger? logger)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>
    /// Told of a change before any <see cref="Changed"/> listener, whenever each subscribed: for versions other
    /// listeners' work depends on. A cache that reloads once a change count moves must see it moved before the pages
    /// built from it are dropped, or a page rendered in between is built again from the old answers and kept.
    /// </summary>
    public event Action<T>? Advancing;

    /// <summary>A change made on this node or on another one.</summary>
    public event Action<T>? Changed;

    /// <summary>A change made on this node only: what the cluster module tells the other nodes.</summary>
    public event Action<T>? ChangedHere;

    /// <summary>Reports a change committed on this node.</summary>
    public void Notify(T change)
    {
        // The fan-out goes first: a slow or failing listener here must not delay the other nodes' caches.
        Dispatch(ChangedHere, change);
        Dispatch(Advancing, change);
        Dispatch(Changed, change);
    }

    /// <summary>Reports a change another node committed (called by the cluster module only).</summary>
    public void NotifyFromOtherNode(T change)
    {
        Dispatch(Advancing, change);
        Dispatch(Changed, change);
    }

    private void Dispatch(Action<T>? listeners, T change)
    {
        if (listeners is null)
        {
            return;
        }

        foreach (var listener in listeners.GetInvocationList().Cast<Action<T>>())
        {
            try
            {
                listener(change);
            }
            catch (Exception e)
            {
                // The change is committed whatever a listener does; the ones after it must still hear of it.
                _logger.LogError(e, "A listener of {Event} failed on change {Change}; the other listeners were still told", GetType().Name, change);
            }
        }
    }
}
