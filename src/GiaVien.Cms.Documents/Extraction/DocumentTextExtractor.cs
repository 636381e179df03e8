namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// Reads the text of an attachment by its extension: PDF, Word (.docx) and Excel (.xlsx). Called from the background
/// extraction only: it is CPU work of up to <see cref="ExtractionLimits.Timeout"/> per file.
/// </summary>
public static class DocumentTextExtractor
{
    /// <param name="file">A seekable stream of the whole file.</param>
    public static ExtractionResult Extract(Stream file, string extension, ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);
        var result = extension.ToLowerInvariant() switch
        {
            "pdf" => PdfText.Read(file, limits, deadline.Token),
            "docx" => OfficeText.ReadWord(file, limits, deadline.Token),
            "xlsx" => OfficeText.ReadExcel(file, limits, deadline.Token),
            _ => ExtractionResult.Failed(ExtractionOutcome.Unsupported),
        };
        // A stop asked for by the caller (the host shutting down) is not the file's fault: it is not recorded.
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    public static bool CanRead(string extension) => extension.ToLowerInvariant() is "pdf" or "docx" or "xlsx";
}
