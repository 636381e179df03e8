using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Bồi dưỡng nghiệp vụ công tác Mặt trận năm 2023", "boi-duong-nghiep-vu-cong-tac-mat-tran-nam-2023")]
    [InlineData("Đoàn viên thanh niên về nguồn tại đền thờ vua Đinh Tiên Hoàng", "doan-vien-thanh-nien-ve-nguon-tai-den-tho-vua-dinh-tien-hoang")]
    [InlineData("UBND huyện Gia Viễn: Hội nghị sơ kết 6 tháng đầu năm!", "ubnd-huyen-gia-vien-hoi-nghi-so-ket-6-thang-dau-nam")]
    [InlineData("Xã Gia Hòa – “Ngày hội Đại đoàn kết” 18/11", "xa-gia-hoa-ngay-hoi-dai-doan-ket-18-11")]
    [InlineData("  Ưu tiên   nguồn lực cho KÊNH GÀ, Vân Long  ", "uu-tien-nguon-luc-cho-kenh-ga-van-long")]
    [InlineData("Thủy lợi, khỏe mạnh, hòa thuận", "thuy-loi-khoe-manh-hoa-thuan")]
    public void Vietnamese_titles_become_ascii_slugs(string title, string expected) =>
        Assert.Equal(expected, VietnameseText.Slugify(title));

    [Fact]
    public void Decomposed_input_gives_the_same_slug_as_composed_input()
    {
        var composed = "Gia Viễn đổi mới";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal("gia-vien-doi-moi", VietnameseText.Slugify(decomposed));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = VietnameseText.Slugify(string.Join(' ', Enumerable.Repeat("nông thôn mới", 20)), maxLength: 30);
        Assert.True(slug.Length <= 30);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("nong-thon-moi-nong", slug);
    }

    [Theory]
    [InlineData("Đinh Trường Sơn", "dinh truong son")]
    [InlineData("ĐẠI HOÀNG", "dai hoang")]
    public void Folding_removes_every_diacritic_including_d_with_stroke(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void A_title_with_no_letters_gives_an_empty_slug() => Assert.Equal("", VietnameseText.Slugify("!!! ??? …"));
}
