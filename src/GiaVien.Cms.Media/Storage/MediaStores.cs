using Amazon.Runtime;
using Amazon.S3;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Media.Storage;

/// <summary>Gives each tenant its own store: a folder in its data folder, or its key prefix in the bucket.</summary>
public sealed class MediaStores(IOptions<MediaOptions> options) : IDisposable
{
    public const string FolderName = "Media";

    private readonly Lazy<IAmazonS3> _s3 = new(() => CreateS3Client(options.Value.S3));

    public IMediaStore For(ShellContext shell) => shell.GetFeature<IMediaStore>(s => options.Value.Storage switch
    {
        MediaStorageKind.S3 => new S3MediaStore(_s3.Value, options.Value.S3.Bucket, options.Value.S3.KeyPrefix + s.Name + "/"),
        _ => new FileSystemMediaStore(Path.Combine(s.SiteFolder, FolderName)),
    });

    /// <summary>
    /// Where archives of removed tenants are kept: beside the media (the bucket, under a prefix no tenant name can
    /// take), so any node can restore them; with media on the file system, <paramref name="localFolder"/>.
    /// </summary>
    public IMediaStore Archives(string localFolder) => options.Value.Storage switch
    {
        MediaStorageKind.S3 => new S3MediaStore(_s3.Value, options.Value.S3.Bucket, options.Value.S3.KeyPrefix + "_archives/"),
        _ => new FileSystemMediaStore(localFolder),
    };

    public void Dispose()
    {
        if (_s3.IsValueCreated)
        {
            _s3.Value.Dispose();
        }
    }

    public static IAmazonS3 CreateS3Client(S3MediaOptions s3)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            // Checksums only where S3 requires them: S3-compatible servers differ in the optional ones.
            RequestChecksumCalculation = Amazon.Runtime.RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = Amazon.Runtime.ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrEmpty(s3.ServiceUrl))
        {
            config.ServiceURL = s3.ServiceUrl;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(s3.Region);
        }

        return string.IsNullOrEmpty(s3.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config);
    }
}
