namespace GiaVien.Cms.Content.Fields;

/// <summary>The inputs the content editor knows how to show; each field kind picks one.</summary>
public enum EditorInput
{
    Text,
    Number,
    TextArea,
    Html,
    DateTime,
    Date,
    Checkbox,
    TermChoices,
    Choices,
    Media,
    Attachments,

    /// <summary>An ordered list of library images, each with alt text and a caption: lines of text without script, a picker with it.</summary>
    Photos,

    /// <summary>One MP4 of the library: its path typed in a text box without script, chosen with the media picker with it.</summary>
    Video,
}

/// <summary>What the editor posted for one field: its text as typed and, for multi-valued inputs, every value.</summary>
public sealed record EditorPost(string Text, IReadOnlyList<string> Values);
