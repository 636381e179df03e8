using System.Collections.Concurrent;
using System.Threading.Channels;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// Reads the text of attachments in the background, one file at a time (on a 2-core server text extraction must not
/// crowd out pages): callers ask for the files they need and read the results later from the tenant's
/// <see cref="ExtractedTextStore"/>. A file already read at its current version is not read again, a file asked
/// for twice before its turn is read once, and a file still queued when the node stops is taken up by its next run
/// (<see cref="PendingExtractions"/>).
/// </summary>
public sealed class DocumentTextExtraction(MediaStores stores)
{
    private readonly Channel<ExtractionRequest> _queue = Channel.CreateUnbounded<ExtractionRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<(string Tenant, string Path), byte> _waiting = new();

    public static ExtractedTextStore StoreOf(ShellContext shell) => shell.GetFeature(s => new ExtractedTextStore(s.SiteFolder));

    public static PendingExtractions PendingOf(ShellContext shell) => shell.GetFeature(s => new PendingExtractions(s.SiteFolder));

    /// <summary>
    /// What is known of <paramref name="mediaPath"/>'s text at its current version: the stored result, or null
    /// after queuing the file to be read (null also when the file is gone or of a kind whose text is not read).
    /// </summary>
    public async Task<StoredExtraction?> GetOrRequestAsync(ShellContext shell, string mediaPath, CancellationToken cancellationToken = default)
    {
        var info = await stores.For(shell).GetInfoAsync(mediaPath, cancellationToken);
        if (info is null)
        {
            return null;
        }

        if (await StoreOf(shell).FindAsync(mediaPath, info.ETag, cancellationToken) is { } stored)
        {
            return stored;
        }

        var key = (shell.Name, mediaPath);
        if (_waiting.TryAdd(key, 0))
        {
            try
            {
                await PendingOf(shell).AddAsync(mediaPath, cancellationToken);
            }
            catch
            {
                _waiting.TryRemove(key, out _);
                throw;
            }

            _queue.Writer.TryWrite(new ExtractionRequest(shell, mediaPath));
        }

        return null;
    }

    /// <summary>Queues again the files of <paramref name="shell"/>'s tenant that a previous run was asked to read and did not finish with.</summary>
    public void Resume(ShellContext shell)
    {
        foreach (var mediaPath in PendingOf(shell).Paths())
        {
            if (_waiting.TryAdd((shell.Name, mediaPath), 0))
            {
                _queue.Writer.TryWrite(new ExtractionRequest(shell, mediaPath));
            }
        }
    }

    /// <summary>Whether nothing is queued or being read (tests wait for this rather than for a time).</summary>
    public bool Idle => _waiting.IsEmpty;

    internal IAsyncEnumerable<ExtractionRequest> RequestsAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);

    internal void Done(ExtractionRequest request) => _waiting.TryRemove((request.Shell.Name, request.MediaPath), out _);
}

internal sealed record ExtractionRequest(ShellContext Shell, string MediaPath);
