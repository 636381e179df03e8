using System.Net;
using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace GiaVien.Cms.Media.Storage;

/// <summary>
/// Media files of one tenant as objects of a shared S3-compatible bucket, under the key prefix
/// <c>{KeyPrefix}{tenant}/</c>. The prefix is fixed at construction; paths are validated media paths, so a
/// key outside the tenant's prefix cannot be formed.
/// </summary>
public sealed class S3MediaStore(IAmazonS3 client, string bucket, string tenantPrefix) : IMediaStore
{
    public async Task<MediaObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var metadata = await client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = Key(path) }, cancellationToken);
            return new MediaObjectInfo(metadata.ContentLength, metadata.LastModified ?? DateTime.UnixEpoch, metadata.ETag ?? "\"0\"");
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = Key(path) }, cancellationToken);
            return new ResponseStream(response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task CreateAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        // S3 has no portable "create only"; the library's unique index on the path is the real guard against
        // two uploads racing, this check catches a file written behind the library's back.
        if (await GetInfoAsync(path, cancellationToken) is not null)
        {
            throw new MediaConflictException(path);
        }

        if (content.CanSeek)
        {
            await PutAsync(path, content, contentType, cancellationToken);
        }
        else
        {
            // Without chunked bodies the length must be known up front: a stream that cannot tell (a zip entry) is spooled first.
            await using var spool = await SpoolAsync(content, cancellationToken);
            await PutAsync(path, spool, contentType, cancellationToken);
        }
    }

    public async Task MoveAsync(string fromPath, string toPath, CancellationToken cancellationToken = default)
    {
        if (await GetInfoAsync(toPath, cancellationToken) is not null)
        {
            throw new MediaConflictException(toPath);
        }

        // Read and written again rather than CopyObject: S3-compatible servers disagree on how the
        // x-amz-copy-source header is encoded (s3rver cannot read the SDK's), and moves are rare admin actions.
        await using (var source = await OpenReadAsync(fromPath, cancellationToken) ?? throw new FileNotFoundException(fromPath))
        await using (var spool = await SpoolAsync(source, cancellationToken))
        {
            await PutAsync(toPath, spool, Uploads.MediaTypes.ContentTypeOf(toPath), cancellationToken);
        }

        await DeleteAsync(fromPath, cancellationToken);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = Key(path) }, cancellationToken);

    public async IAsyncEnumerable<StoredMediaFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = tenantPrefix };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var stored in response.S3Objects ?? [])
            {
                var path = stored.Key[tenantPrefix.Length..];
                if (MediaPath.IsValidFile(path))
                {
                    yield return new StoredMediaFile(path, stored.Size ?? 0);
                }
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    private Task<PutObjectResponse> PutAsync(string path, Stream content, string contentType, CancellationToken cancellationToken) =>
        client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = Key(path),
            InputStream = content,
            AutoCloseStream = false,
            ContentType = contentType,
            // Self-hosted S3 servers (and s3rver in the tests) do not understand aws-chunked bodies.
            UseChunkEncoding = false,
        }, cancellationToken);

    private static async Task<Stream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await content.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    private string Key(string path) => MediaPath.IsValidFile(path)
        ? tenantPrefix + path
        : throw new ArgumentException($"'{path}' is not a media path.", nameof(path));

    /// <summary>The object's body, disposing the whole response (and its connection) with the stream.</summary>
    private sealed class ResponseStream(GetObjectResponse response) : Stream
    {
        private readonly Stream _body = response.ResponseStream;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => response.ContentLength;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _body.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _body.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
