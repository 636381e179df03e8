namespace GiaVien.Cms.Documents.Extraction;

/// <summary>What reading a document's text came to.</summary>
public enum ExtractionOutcome
{
    /// <summary>Text was read and goes into the search index.</summary>
    Text,

    /// <summary>The file opened but holds no text: a scan. Found by its metadata only; flagged for the editor.</summary>
    NoText,

    /// <summary>Protected by a password: kept as an attachment, found by its metadata only.</summary>
    Encrypted,

    /// <summary>Damaged or not what its extension says: kept as an attachment, found by its metadata only.</summary>
    Broken,

    /// <summary>A kind whose text is not read (Word and Excel 97–2003, PowerPoint).</summary>
    Unsupported,

    /// <summary>Reading stopped at the time limit: what was read by then is kept.</summary>
    TimedOut,
}

/// <summary>The text of one attachment (cut at <see cref="ExtractionLimits.MaxCharacters"/>) and how reading it went.</summary>
public sealed record ExtractionResult(ExtractionOutcome Outcome, string Text, int Pages)
{
    public static ExtractionResult Failed(ExtractionOutcome outcome) => new(outcome, "", 0);

    /// <summary>What the admin tells the editor about the file, in Vietnamese; null when its text was read in full.</summary>
    public string? Message => Outcome switch
    {
        ExtractionOutcome.NoText => "Tệp không có lớp chữ (có thể là bản quét): nội dung tệp không tìm kiếm được, văn bản chỉ được tìm theo số ký hiệu, trích yếu và các thông tin khác. Nên đính kèm bản PDF có chữ.",
        ExtractionOutcome.Encrypted => "Tệp được đặt mật khẩu nên không đọc được nội dung: tệp vẫn được lưu và tải về được, nhưng nội dung tệp không tìm kiếm được. Nên đính kèm bản không đặt mật khẩu.",
        ExtractionOutcome.Broken => "Tệp bị hỏng hoặc không đúng định dạng nên không đọc được nội dung: tệp vẫn được lưu, nhưng người đọc có thể không mở được. Hãy kiểm tra và tải lên lại tệp.",
        ExtractionOutcome.Unsupported => "Nội dung tệp Word, Excel đời cũ (.doc, .xls) và PowerPoint không được đọc để tìm kiếm: văn bản được tìm theo số ký hiệu, trích yếu và các thông tin khác.",
        ExtractionOutcome.TimedOut => "Tệp quá lớn để đọc hết trong thời gian cho phép: chỉ phần đầu nội dung tệp tìm kiếm được.",
        _ => null,
    };
}
