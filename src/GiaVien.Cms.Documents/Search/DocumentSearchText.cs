using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Documents.Numbers;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Documents.Search;

/// <summary>
/// What the search index should hold of a document beside its title, for the index contributor the shared search
/// gains (per-field index settings): its number as exact parts (a keyword field that ranks a number match first),
/// its metadata as text, and the text of its files read so far. Files not read yet are queued and reported, so the
/// contributor can index the item again once <see cref="DocumentTextExtraction"/> has read them.
/// </summary>
public sealed class DocumentSearchText(DocumentTextExtraction extraction)
{
    public async Task<DocumentSearchFields> ForAsync(ShellContext shell, VanBanPart document, CancellationToken cancellationToken = default)
    {
        var texts = new List<string>();
        var complete = true;
        foreach (var path in document.FilePaths)
        {
            var stored = await extraction.GetOrRequestAsync(shell, path, cancellationToken);
            complete &= stored is not null;
            if (stored is { Text.Length: > 0 })
            {
                texts.Add(stored.Text);
            }
        }

        var metadata = string.Join('\n', new[] { document.Number, document.Summary, document.Issuer, document.Signer, document.Field }.Where(t => !string.IsNullOrEmpty(t)));
        return new DocumentSearchFields(DocumentNumber.Parts(document.Number), metadata, string.Join('\n', texts), complete);
    }
}

/// <param name="NumberParts">The folded parts of the số ký hiệu (125, qd, ubnd), for an exact keyword field.</param>
/// <param name="Complete">False while a file waits to be read: index again when it has been.</param>
public sealed record DocumentSearchFields(IReadOnlyList<string> NumberParts, string Metadata, string FileText, bool Complete);
