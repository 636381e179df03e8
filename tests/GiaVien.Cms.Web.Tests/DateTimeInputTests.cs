using GiaVien.Cms.Web.Admin;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The editor's date and optional time, typed in Việt Nam time.</summary>
public sealed class DateTimeInputTests
{
    [Theory]
    [InlineData("2023-10-04,09:15", "2023-10-04T02:15:00Z")]
    [InlineData("2023-10-04,", "2023-10-04")]
    [InlineData("2023-10-04", "2023-10-04")]
    [InlineData(",", null)]
    [InlineData("", null)]
    public void What_is_typed_is_stored_as_an_instant_or_a_day(string posted, string? expected)
    {
        Assert.True(DateTimeInput.TryParse(posted, out var stored));
        Assert.Equal(expected, stored);
    }

    [Theory]
    [InlineData("04/10/2023,")]
    [InlineData("2023-10-04,25:00")]
    [InlineData(",09:15")]
    public void Anything_else_is_refused(string posted) => Assert.False(DateTimeInput.TryParse(posted, out _));

    [Theory]
    [InlineData("2023-10-04T02:15:00Z", "2023-10-04,09:15")]
    [InlineData("2023-10-04", "2023-10-04,")]
    [InlineData(null, "")]
    public void A_stored_value_opens_in_the_two_inputs(string? stored, string shown) => Assert.Equal(shown, DateTimeInput.Format(stored));
}
