namespace GiaVien.Cms.Media;

/// <summary>Bound from <c>Cms:Media</c>. Sizes are in bytes.</summary>
public sealed class MediaOptions
{
    /// <summary>Per-tenant storage quota; an upload that would exceed it is refused before anything is written.</summary>
    public long QuotaBytes { get; set; } = 5L * 1024 * 1024 * 1024;

    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 200L * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height), checked from the header before any decoding.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary><c>FileSystem</c> (under each tenant's data folder) or <c>S3</c>.</summary>
    public MediaStorageKind Storage { get; set; } = MediaStorageKind.FileSystem;

    public S3MediaOptions S3 { get; set; } = new();

    /// <summary>Largest body the upload endpoint reads at all: the biggest single file plus multipart overhead.</summary>
    public long MaxRequestBytes => Math.Max(MaxVideoBytes, Math.Max(MaxImageBytes, MaxDocumentBytes)) + 1024 * 1024;
}

public enum MediaStorageKind
{
    FileSystem,
    S3,
}

/// <summary>An S3-compatible bucket shared by all tenants, one key prefix per tenant.</summary>
public sealed class S3MediaOptions
{
    /// <summary>Endpoint of an S3-compatible server (e.g. <c>http://127.0.0.1:9000</c>); empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    public string Bucket { get; set; } = "giavien-media";

    /// <summary>Prefix of every key, before the tenant's name (e.g. <c>production/</c>).</summary>
    public string KeyPrefix { get; set; } = "";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Path-style addressing (<c>host/bucket/key</c>), which self-hosted S3 servers need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
