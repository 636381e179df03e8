namespace GiaVien.Cms.Content.Items;

/// <summary>One problem with a content item: where (Part.Field) and what, in Vietnamese.</summary>
public sealed record ContentError(string Path, string Message)
{
    /// <summary>Quotes of what the user typed lose their direction controls, so the sentence around them reads as written.</summary>
    public string Message { get; init; } = Data.Text.BidiControls.Strip(Message);

    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A content item was refused; nothing was saved.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(string.Join(" ", errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public ContentValidationException() : this([])
    {
    }

    public ContentValidationException(string message) : this([new ContentError("", message)])
    {
    }

    public ContentValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [new ContentError("", message)];
    }

    public IReadOnlyList<ContentError> Errors { get; }
}
