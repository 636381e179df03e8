using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Web.Admin;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The editor's date and optional time, typed in Việt Nam time, as the date-time field kind reads and shows them.</summary>
public sealed class DateTimeInputTests
{
    private static readonly DateTimeField Kind = new();
    private static readonly ContentFieldDefinition Field = new() { Name = "DisplayDate", Kind = Kind.Name };

    [Theory]
    [InlineData("2023-10-04,09:15", "2023-10-04T02:15:00Z")]
    [InlineData("2023-10-04,", "2023-10-04")]
    [InlineData("2023-10-04", "2023-10-04")]
    [InlineData(",", null)]
    [InlineData("", null)]
    public void What_is_typed_is_stored_as_an_instant_or_a_day(string posted, string? expected)
    {
        var json = Kind.FromEditor(Field, new EditorPost(posted, []), out var error);
        Assert.Null(error);
        Assert.Equal(expected, json?["Value"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("04/10/2023,")]
    [InlineData("2023-10-04,25:00")]
    [InlineData(",09:15")]
    public void Anything_else_is_refused(string posted)
    {
        Assert.Null(Kind.FromEditor(Field, new EditorPost(posted, []), out var error));
        Assert.Equal("Ngày giờ không hợp lệ.", error);
    }

    [Theory]
    [InlineData("2023-10-04T02:15:00Z", "2023-10-04,09:15")]
    [InlineData("2023-10-04", "2023-10-04,")]
    [InlineData(null, "")]
    public void A_stored_value_opens_in_the_two_inputs(string? stored, string shown)
    {
        var text = Kind.ToEditorText(new JsonObject { ["Value"] = stored });
        Assert.Equal(shown, text);
        Assert.Equal(shown.Length == 0 ? ("", "") : (shown[..10], shown[11..]), DateTimeInput.Split(text));
    }

    [Fact]
    public void A_day_alone_starts_at_midnight_in_Viet_Nam_and_has_no_time()
    {
        var part = new JsonObject { ["DisplayDate"] = new JsonObject { ["Value"] = "2023-10-04" } };
        Assert.Equal(new DateTime(2023, 10, 3, 17, 0, 0, DateTimeKind.Utc), DateTimeField.Read(part, "DisplayDate"));
        Assert.False(DateTimeField.HasTime(part, "DisplayDate"));
    }
}
