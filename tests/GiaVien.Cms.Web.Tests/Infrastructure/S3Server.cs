using Amazon.S3;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The throwaway S3-compatible server (s3rver) started by tests/run.sh.</summary>
public static class S3Server
{
    // s3rver accepts any request signed with its fixed development key.
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    public static string Url => Environment.GetEnvironmentVariable("GIAVIEN_TEST_S3") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("GIAVIEN_TEST_S3 is not set: run the suite with tests/run.sh, which starts an S3-compatible server on loopback.");

    public static string Bucket => Environment.GetEnvironmentVariable("GIAVIEN_TEST_S3_BUCKET") is { Length: > 0 } value ? value : "giavien-test";

    public static S3MediaOptions Options(string keyPrefix) => new()
    {
        ServiceUrl = Url,
        Bucket = Bucket,
        KeyPrefix = keyPrefix,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        ForcePathStyle = true,
    };

    public static IAmazonS3 Client() => MediaStores.CreateS3Client(Options(""));
}

/// <summary>The demo installation with its media in the test S3 bucket, under a key prefix of its own.</summary>
public sealed class S3DemoHost : DemoHost
{
    public S3DemoHost()
        : this($"run-{Guid.NewGuid():N}/")
    {
    }

    private S3DemoHost(string keyPrefix)
        : base(DatabaseProvider.Sqlite, services => services.PostConfigure<MediaOptions>(options =>
        {
            options.Storage = MediaStorageKind.S3;
            options.S3 = S3Server.Options(keyPrefix);
        }))
    {
        KeyPrefix = keyPrefix;
    }

    public string KeyPrefix { get; }
}
