namespace GiaVien.Cms.Cluster;

/// <summary>Bound from <c>Cms:Redis</c>. Setting <see cref="Configuration"/> makes this node one of several.</summary>
public sealed class RedisOptions
{
    /// <summary>StackExchange.Redis configuration string, e.g. <c>redis:6379,password=…</c>; empty for a single node.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key and channel, so several installations can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "giavien";
}
