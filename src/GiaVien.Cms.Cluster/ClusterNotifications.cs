using System.Text.Json;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaVien.Cms.Cluster;

/// <summary>
/// Tells the other web nodes, through one Redis pub/sub channel, about every change this node commits that nodes
/// cache (tenant records, public content and settings, media renditions), and applies theirs here. Messages are
/// handled one at a time in the order they arrive. Pub/sub delivers at most once, so after a lost connection the
/// node reloads the tenant map and drops every tenant's cached pages, settings and image renditions.
/// </summary>
public sealed class ClusterNotifications(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> options,
    TenantRegistry registry,
    PublicChanges publicChanges,
    ScheduledWorkChanges scheduledWork,
    StaleRenditions staleRenditions,
    ILogger<ClusterNotifications> logger) : IHostedService
{
    private readonly string _node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private ChannelMessageQueue? _queue;

    private RedisChannel Channel => RedisChannel.Literal(options.Value.KeyPrefix + ":changes");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        _queue.OnMessage(ReceiveAsync);
        registry.ChangedHere += PublishTenant;
        publicChanges.ChangedHere += PublishPublicContent;
        scheduledWork.ChangedHere += PublishScheduledWork;
        staleRenditions.ChangedHere += PublishStaleRendition;
        redis.ConnectionRestored += Resynchronize;
        logger.LogInformation("Node {Node} follows the other nodes' changes on Redis channel {Channel}", _node, Channel);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= Resynchronize;
        staleRenditions.ChangedHere -= PublishStaleRendition;
        scheduledWork.ChangedHere -= PublishScheduledWork;
        publicChanges.ChangedHere -= PublishPublicContent;
        registry.ChangedHere -= PublishTenant;
        try
        {
            if (_queue is not null)
            {
                await _queue.UnsubscribeAsync();
            }
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Redis is gone or the connection already closed: either way the subscription ended with it.
            logger.LogDebug(e, "Unsubscribing from the cluster channel at shutdown failed");
        }
    }

    private void PublishTenant(string tenant) => Publish(new ClusterMessage(_node, ClusterMessage.TenantRecord, tenant));

    private void PublishPublicContent(string tenant) => Publish(new ClusterMessage(_node, ClusterMessage.PublicContent, tenant));

    private void PublishScheduledWork(string tenant) => Publish(new ClusterMessage(_node, ClusterMessage.ScheduledWork, tenant));

    private void PublishStaleRendition(StaleRendition stale) => Publish(new ClusterMessage(_node, ClusterMessage.StaleRendition, stale.Tenant, stale.Path));

    private void Publish(ClusterMessage message)
    {
        // Fire and forget: the change is already committed; a node that misses it catches up on reconnection.
        var sending = redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(message));
        _ = sending.ContinueWith(t => logger.LogWarning(t.Exception, "Change {Kind} of tenant {TenantName} could not be sent to the other nodes", message.Kind, message.Tenant),
            TaskContinuationOptions.OnlyOnFaulted);
    }

    private async Task ReceiveAsync(ChannelMessage received)
    {
        try
        {
            var message = JsonSerializer.Deserialize<ClusterMessage>(received.Message.ToString());
            if (message is null || message.Node == _node)
            {
                return;
            }

            switch (message.Kind)
            {
                case ClusterMessage.TenantRecord:
                    await registry.ApplyChangeFromOtherNodeAsync(message.Tenant);
                    break;
                case ClusterMessage.PublicContent:
                    publicChanges.NotifyFromOtherNode(message.Tenant);
                    break;
                case ClusterMessage.ScheduledWork:
                    scheduledWork.NotifyFromOtherNode(message.Tenant);
                    break;
                case ClusterMessage.StaleRendition when message.Path is not null:
                    staleRenditions.NotifyFromOtherNode(new StaleRendition(message.Tenant, message.Path));
                    break;
                default:
                    logger.LogWarning("Unknown cluster message {Kind} from node {Node} ignored", message.Kind, message.Node);
                    break;
            }
        }
        catch (Exception e)
        {
            // A bad or unappliable message must not stop the queue: the next ones still apply.
            logger.LogError(e, "Cluster message {Message} could not be applied", received.Message.ToString());
        }
    }

    private void Resynchronize(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        logger.LogWarning("Reconnected to Redis: other nodes' changes may have been missed, reloading every tenant");
        _ = Task.Run(async () =>
        {
            try
            {
                await registry.ResynchronizeAsync();
                foreach (var tenant in registry.Map.Tenants)
                {
                    publicChanges.NotifyFromOtherNode(tenant.Name);
                    scheduledWork.NotifyFromOtherNode(tenant.Name);
                    staleRenditions.NotifyFromOtherNode(new StaleRendition(tenant.Name, Path: null));
                }
            }
            catch (Exception failure)
            {
                logger.LogError(failure, "Resynchronizing tenants after a Redis reconnection failed");
            }
        });
    }
}
