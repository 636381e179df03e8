using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Tests;

public sealed class VietnameseDatesTests
{
    [Fact]
    public void Date_line_uses_the_portal_weekday_form() =>
        Assert.Equal("Thứ tư, 04/10/2023", VietnameseDates.DateLine(new DateTime(2023, 10, 4, 2, 15, 0, DateTimeKind.Utc)));

    [Fact]
    public void Late_evening_utc_is_the_next_day_in_viet_nam()
    {
        // 18:30 UTC on Tuesday 3 October is 01:30 on Wednesday 4 October in Hà Nội.
        var utc = new DateTime(2023, 10, 3, 18, 30, 0, DateTimeKind.Utc);
        Assert.Equal("Thứ tư, 04/10/2023", VietnameseDates.DateLine(utc));
        Assert.Equal("Thứ tư, 04/10/2023 01:30", VietnameseDates.DateTimeLine(utc));
    }

    [Theory]
    [InlineData(2023, 10, 1, "Chủ nhật")]
    [InlineData(2023, 10, 2, "Thứ hai")]
    [InlineData(2023, 10, 3, "Thứ ba")]
    [InlineData(2023, 10, 5, "Thứ năm")]
    [InlineData(2023, 10, 6, "Thứ sáu")]
    [InlineData(2023, 10, 7, "Thứ bảy")]
    public void Every_weekday_has_its_vietnamese_name(int year, int month, int day, string weekday) =>
        Assert.StartsWith(weekday + ",", VietnameseDates.DateLine(new DateTime(year, month, day, 5, 0, 0, DateTimeKind.Utc)));
}
