using System.Globalization;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Schedule.Editing;

/// <summary>A cell the editor must correct: its row (from 0), its column (a <see cref="ScheduleRowInput"/> property) and why, in Vietnamese.</summary>
public sealed record ScheduleRowError(int Row, string Column, string Message);

/// <summary>
/// Turns the posted rows into the week's lines, or says which cells are wrong. Blank rows are skipped; text is stored
/// trimmed and in NFC (phones and Windows may send decomposed Vietnamese).
/// </summary>
public static partial class ScheduleRows
{
    public const int MaxRows = 200;
    public const int MaxContentLength = 1000;
    public const int MaxCellLength = 300;

    public static IReadOnlyList<ScheduleEntry> Read(IsoWeek week, IReadOnlyList<ScheduleRowInput> rows, List<ScheduleRowError> errors)
    {
        var entries = new List<ScheduleEntry>();
        if (rows.Count > MaxRows)
        {
            errors.Add(new ScheduleRowError(MaxRows, nameof(ScheduleRowInput.Content), $"Một tuần có tối đa {MaxRows} dòng."));
            return entries;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsBlank && ReadRow(week, i, rows[i], errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static ScheduleEntry? ReadRow(IsoWeek week, int index, ScheduleRowInput row, List<ScheduleRowError> errors)
    {
        var before = errors.Count;
        var line = index + 1;
        DateOnly date = default;
        if (!DateOnly.TryParseExact(row.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || !week.Contains(date))
        {
            errors.Add(new ScheduleRowError(index, nameof(row.Day), $"Dòng {line}: hãy chọn một ngày trong tuần {week}."));
        }

        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(row.Time))
        {
            if (TimeOnly.TryParseExact(row.Time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                time = new TimeOnly(parsed.Hour, parsed.Minute);
            }
            else
            {
                errors.Add(new ScheduleRowError(index, nameof(row.Time), $"Dòng {line}: giờ “{row.Time.Trim()}” không hợp lệ; hãy ghi giờ:phút, ví dụ 07:30, hoặc để trống nếu cả ngày."));
            }
        }

        var content = Clean(row.Content);
        if (content.Length == 0)
        {
            errors.Add(new ScheduleRowError(index, nameof(row.Content), $"Dòng {line}: hãy nhập nội dung công việc."));
        }

        CheckLength(errors, index, nameof(row.Content), "nội dung", content, MaxContentLength);
        var host = Cell(errors, index, nameof(row.Host), "chủ trì", row.Host);
        var location = Cell(errors, index, nameof(row.Location), "địa điểm", row.Location);
        var participants = Cell(errors, index, nameof(row.Participants), "thành phần", row.Participants, MaxContentLength);
        var preparedBy = Cell(errors, index, nameof(row.PreparedBy), "đơn vị chuẩn bị", row.PreparedBy);
        if (errors.Count > before)
        {
            return null;
        }

        return new ScheduleEntry
        {
            // A posted id is kept only in the form the server writes, so the feed's UID of an existing line survives edits.
            Id = row.Id is { } id && IdPattern().IsMatch(id) ? id : ScheduleEntry.NewId(),
            Date = date,
            Time = time,
            Content = content,
            Host = host,
            Location = location,
            Participants = participants,
            PreparedBy = preparedBy,
        };
    }

    private static string Cell(List<ScheduleRowError> errors, int index, string column, string name, string? value, int max = MaxCellLength)
    {
        var text = Clean(value);
        CheckLength(errors, index, column, name, text, max);
        return text;
    }

    private static void CheckLength(List<ScheduleRowError> errors, int index, string column, string name, string text, int max)
    {
        if (text.Length > max)
        {
            errors.Add(new ScheduleRowError(index, column, $"Dòng {index + 1}: {name} dài {Number(text.Length)} ký tự, tối đa {Number(max)}."));
        }
    }

    private static string Clean(string? value) => TextNormalizer.Nfc((value ?? "").Trim());

    // Vietnamese groups thousands with a dot (1.000); the invariant culture would write 1,000.
    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
