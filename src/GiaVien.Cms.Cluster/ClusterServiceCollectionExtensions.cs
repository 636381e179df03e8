using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaVien.Cms.Cluster;

/// <summary>
/// What lets several identical web nodes serve one installation. With PostgreSQL, shared background work takes a
/// lock in the database; with <c>Cms:Redis:Configuration</c> set, data-protection keys (sign-in cookies,
/// antiforgery tokens, password links) are shared in Redis and every node hears the others' changes. Register it
/// after the modules whose defaults it replaces.
/// </summary>
public static class ClusterServiceCollectionExtensions
{
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection("Cms:Database").Get<DatabaseOptions>()?.Provider == DatabaseProvider.PostgreSql)
        {
            services.Replace(ServiceDescriptor.Singleton<IBackgroundWorkLock, PostgreSqlWorkLock>());
        }

        var redis = configuration.GetSection("Cms:Redis");
        services.AddOptions<RedisOptions>().Bind(redis);
        if (string.IsNullOrWhiteSpace(redis.Get<RedisOptions>()?.Configuration))
        {
            return services;
        }

        // Redis is what several nodes share: from now on a tenant's database must be reachable from all of them.
        services.Replace(ServiceDescriptor.Singleton(new NodeTopology(SeveralNodes: true)));
        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var settings = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration!);
            // Keep reconnecting in the background when Redis goes away, rather than give up after the first failure.
            settings.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(settings);
        });
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, IOptions<RedisOptions>>((keys, multiplexer, redisOptions) =>
            keys.XmlRepository = new RedisXmlRepository(() => multiplexer.GetDatabase(), redisOptions.Value.KeyPrefix + ":data-protection-keys"));
        services.AddHostedService<ClusterNotifications>();
        return services;
    }
}
