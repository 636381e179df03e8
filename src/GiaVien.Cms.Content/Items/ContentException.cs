namespace GiaVien.Cms.Content.Items;

/// <summary>A content operation that cannot be done as asked; the message is Vietnamese and shown as is.</summary>
public class ContentException : Exception
{
    public ContentException()
    {
    }

    // Messages quote what users typed; direction controls in it must not reorder the message around it.
    public ContentException(string message) : base(GiaVien.Cms.Data.Text.BidiControls.Strip(message))
    {
    }

    public ContentException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>Someone saved a newer version since this editor opened the item; nothing was saved.</summary>
public sealed class ContentConflictException : ContentException
{
    public ContentConflictException(int currentNumber, string? savedBy)
        : base($"Bài viết đã được {savedBy ?? "người khác"} lưu phiên bản mới hơn (phiên bản {currentNumber}) trong lúc bạn chỉnh sửa. "
            + "Nội dung bạn nhập vẫn được giữ nguyên bên dưới; hãy mở phiên bản mới trong tab khác, đối chiếu rồi lưu lại.")
    {
        CurrentNumber = currentNumber;
        SavedBy = savedBy;
    }

    public ContentConflictException()
    {
    }

    public ContentConflictException(string message) : base(message)
    {
    }

    public ContentConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int CurrentNumber { get; }

    public string? SavedBy { get; }
}

/// <summary>No content item with that id in this tenant (or it is in the trash when that matters).</summary>
public sealed class ContentNotFoundException : ContentException
{
    public ContentNotFoundException(string contentItemId) : base($"Không tìm thấy nội dung \"{contentItemId}\".")
    {
    }

    public ContentNotFoundException()
    {
    }

    public ContentNotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
