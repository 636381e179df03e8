using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Documents.Search;

/// <summary>
/// What the search index should hold of a document beyond its fields (which the shared search indexes by their
/// settings: the số ký hiệu as a <c>Code</c>, found first however it is typed): the text of its files read so far.
/// Files not read yet are queued and reported, so the item can be indexed again once
/// <see cref="DocumentTextExtraction"/> has read them.
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

        return new DocumentSearchFields(string.Join('\n', texts), complete);
    }
}

/// <param name="Complete">False while a file waits to be read: index again when it has been.</param>
public sealed record DocumentSearchFields(string FileText, bool Complete);
