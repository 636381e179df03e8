using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Web.Admin;

/// <summary>
/// A date-time field in the editor is a date input and an optional time input of the same name, so the form posts
/// "2023-10-04,09:15" (or "2023-10-04," without a time); <see cref="DateTimeField"/> reads and writes that text.
/// </summary>
public static class DateTimeInput
{
    /// <summary>The day and time parts of <see cref="EditorField.Value"/>, for the two inputs.</summary>
    public static (string Day, string Time) Split(string value) =>
        value.Split(',', 2, StringSplitOptions.TrimEntries) is [var day, var time] ? (day, time) : (value, "");
}
