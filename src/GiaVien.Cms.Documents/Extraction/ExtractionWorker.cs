using System.Data.Common;
using GiaVien.Cms.Media.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>Takes <see cref="DocumentTextExtraction"/>'s requests one at a time, off every request thread, and stores what each file gives.</summary>
internal sealed partial class ExtractionWorker(DocumentTextExtraction extraction, MediaStores stores, ReadFileReindexing reindexing, TimeProvider time,
    ILogger<ExtractionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in extraction.RequestsAsync(stoppingToken))
        {
            try
            {
                await ReadAsync(request, stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Amazon.S3.AmazonS3Exception or DbException)
            {
                // The store or the database failed, not the file: it is asked for again the next time someone needs it.
                LogStoreFailed(request.Shell.Name, request.MediaPath, e);
            }
            finally
            {
                extraction.Done(request);
            }
        }
    }

    /// <summary>
    /// Reads and stores the file's text unless this version is stored already (a request taken up again after a stop
    /// that came between storing the text and the reindexing), then has its documents indexed again; only then is the
    /// request no longer pending.
    /// </summary>
    private async Task ReadAsync(ExtractionRequest request, CancellationToken stoppingToken)
    {
        var info = await stores.For(request.Shell).GetInfoAsync(request.MediaPath, stoppingToken);
        if (info is not null)
        {
            if (await DocumentTextExtraction.StoreOf(request.Shell).FindAsync(request.MediaPath, info.ETag, stoppingToken) is null)
            {
                await ExtractAndStoreAsync(request, info.ETag, stoppingToken);
            }

            await reindexing.RequestAsync(request.Shell, request.MediaPath, stoppingToken);
        }

        // Done with, or gone from the store: either way nothing is left to take up.
        DocumentTextExtraction.PendingOf(request.Shell).Remove(request.MediaPath);
    }

    private async Task ExtractAndStoreAsync(ExtractionRequest request, string etag, CancellationToken stoppingToken)
    {
        await using var source = await stores.For(request.Shell).OpenReadAsync(request.MediaPath, stoppingToken);
        if (source is null)
        {
            return;
        }

        var extension = request.MediaPath[(request.MediaPath.LastIndexOf('.') + 1)..];
        var started = time.GetTimestamp();
        var result = DocumentTextExtractor.CanRead(extension)
            ? await Task.Run(async () =>
            {
                // PdfPig and the Open XML SDK need to seek; S3 streams cannot, so the file is copied to a temporary file first.
                await using var file = await SeekableAsync(source, stoppingToken);
                return DocumentTextExtractor.Extract(file, extension, ExtractionLimits.Default, stoppingToken);
            }, stoppingToken)
            : ExtractionResult.Failed(ExtractionOutcome.Unsupported);
        await DocumentTextExtraction.StoreOf(request.Shell).SaveAsync(
            new StoredExtraction(request.MediaPath, etag, result.Outcome, result.Pages, result.Text, time.GetUtcNow()), stoppingToken);
        LogRead(request.Shell.Name, request.MediaPath, result.Outcome, result.Pages, result.Text.Length, time.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<Stream> SeekableAsync(Stream source, CancellationToken cancellationToken)
    {
        if (source.CanSeek)
        {
            return source;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await source.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the text of {MediaPath} of tenant {TenantName}: {Outcome}, {Pages} pages, {Characters} characters in {ElapsedMs:0} ms")]
    private partial void LogRead(string tenantName, string mediaPath, ExtractionOutcome outcome, int pages, int characters, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {MediaPath} of tenant {TenantName} from the media store, or have its documents indexed again")]
    private partial void LogStoreFailed(string tenantName, string mediaPath, Exception exception);
}
