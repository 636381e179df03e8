using System.Text.Json.Nodes;
using GiaVien.Cms.Schedule;

namespace GiaVien.Cms.Tests.Schedule;

public class ScheduleStorageTests
{
    private sealed class NoReferences : GiaVien.Cms.Content.Items.IContentReferences
    {
        public bool ItemExists(string contentItemId) => false;

        public bool TermExists(string taxonomyContentItemId, string termContentItemId) => false;

        public bool MediaFileExists(string path) => false;
    }

    [Fact]
    public void A_week_survives_being_stored_as_json_and_read_back()
    {
        var adjusted = ScheduleSamples.Meeting("b", day: 3) with { Time = null, AdjustedUtc = new DateTime(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc) };
        var week = new[] { ScheduleSamples.Meeting("a"), adjusted };

        var stored = JsonNode.Parse(ScheduleJson.Write(week).ToJsonString());

        Assert.True(ScheduleJson.TryRead(stored, out var read));
        Assert.Equal(week, read);
    }

    [Theory]
    [InlineData("""[{"Id":"a","Date":"30/11/2026","Content":"Họp"}]""")]
    [InlineData("""[{"Id":"a","Date":"2026-11-30","Time":"7h30","Content":"Họp"}]""")]
    [InlineData("""[{"Id":"","Date":"2026-11-30","Content":"Họp"}]""")]
    [InlineData("""[{"Id":"a","Date":"2026-11-30"}]""")]
    [InlineData("""{"Id":"a"}""")]
    public void The_field_kind_refuses_malformed_lines_with_a_Vietnamese_reason(string json)
    {
        var field = new GiaVien.Cms.Content.Definitions.ContentFieldDefinition { Name = "Entries", Kind = ScheduleEntriesField.KindName, DisplayName = "Các dòng lịch" };
        var value = new JsonObject { ["Entries"] = JsonNode.Parse(json) };

        var error = Assert.Single(new ScheduleEntriesField().Validate(field, value, new NoReferences()));

        Assert.StartsWith("Trường \"Các dòng lịch\" phải là danh sách các dòng lịch", error);
    }
}
