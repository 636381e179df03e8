using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// The field kind "ScheduleEntries": a week's lines as one JSON array in the week's content item, so a week is saved,
/// versioned, published, exported and imported as one unit, like any other content.
/// </summary>
public sealed class ScheduleEntriesField : ContentFieldKind
{
    public const string KindName = "ScheduleEntries";

    public override string Name => KindName;

    public override string DisplayName => "Các dòng lịch công tác";

    public override string ValueKey => ScheduleJson.EntriesKey;

    protected override string? ShapeError(JsonNode value) =>
        ScheduleJson.TryRead(value, out _) ? null : "phải là danh sách các dòng lịch, mỗi dòng có mã, ngày (yyyy-MM-dd) và nội dung";

    public override bool IsEmpty(JsonNode? value) => value is not JsonArray { Count: > 0 };

    public override bool FullTextByDefault => true;

    public override string? SearchText(JsonObject fieldValue) =>
        ScheduleJson.TryRead(fieldValue[ValueKey], out var entries)
            ? string.Join("\n", entries.Select(e => $"{e.Content} {e.Host} {e.Location} {e.Participants} {e.PreparedBy}"))
            : null;
}
