namespace GiaVien.Cms.Data.Text;

/// <summary>
/// Unicode's invisible direction controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
/// U+200E/U+200F/U+061C marks). In a file name or an echoed message they make "hinh-anh‮gpj.exe" read as
/// "hinh-anhexe.jpg"; nothing legitimate in a name needs them, so they are removed.
/// </summary>
public static class BidiControls
{
    public static bool IsControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    public static string Strip(string text) => text.Any(IsControl) ? new string(text.Where(c => !IsControl(c)).ToArray()) : text;

    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);
}
