namespace GiaVien.Cms.Media;

/// <summary>Why the library refused a request; <see cref="Exception.Message"/> is Vietnamese, for the editor.</summary>
public enum MediaErrorCode
{
    InvalidName,
    Empty,
    ExtensionNotAllowed,
    ActiveContent,
    ContentMismatch,
    TooLarge,
    TooManyPixels,
    CorruptFile,
    QuotaExceeded,
    NotFound,
    FolderNotFound,
    FolderNotEmpty,
    NameTaken,
}

/// <summary>A refused media operation: nothing was stored or changed.</summary>
public sealed class MediaException(MediaErrorCode code, string message) : Exception(GiaVien.Cms.Data.Text.BidiControls.Strip(message))
{
    public MediaErrorCode Code { get; } = code;

    public int StatusCode => Code switch
    {
        MediaErrorCode.TooLarge or MediaErrorCode.QuotaExceeded => 413,
        MediaErrorCode.NotFound or MediaErrorCode.FolderNotFound => 404,
        MediaErrorCode.NameTaken or MediaErrorCode.FolderNotEmpty => 409,
        MediaErrorCode.ExtensionNotAllowed or MediaErrorCode.ContentMismatch or MediaErrorCode.ActiveContent => 415,
        _ => 400,
    };
}
