using GiaVien.Cms.Data.Text;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Uploads;
using GiaVien.Cms.Tenants.Settings;

namespace GiaVien.Cms.Tests;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("vanphong@giavien.gov.vn")]
    [InlineData("ubnd.giahoa@ninhbinh.gov.vn")]
    [InlineData("")]
    public void Ordinary_addresses_pass(string email) => Assert.Null(ContactDetails.EmailError(email));

    [Theory]
    [InlineData("vanphong")]
    [InlineData("văn.phòng@giavien.gov.vn")]
    [InlineData("a b@giavien.gov.vn")]
    [InlineData("x@localhost")]
    [InlineData("\"><script>alert(1)</script>@x.vn")]
    [InlineData("a@b.vn?subject=x")]
    public void Anything_else_is_refused_in_vietnamese(string email) => Assert.Equal(ContactDetails.EmailMessage, ContactDetails.EmailError(email));

    [Theory]
    [InlineData("0229 3871 234")]
    [InlineData("(0229) 3.871.234")]
    [InlineData("+84 229 3871234")]
    [InlineData("1900-1234")]
    public void Telephone_numbers_pass(string phone) => Assert.Null(ContactDetails.PhoneError(phone));

    [Theory]
    [InlineData("gọi cho tôi")]
    [InlineData("123")]
    [InlineData("javascript:alert(1)")]
    [InlineData("0229 3871 234 <b>")]
    [InlineData("1234567890123456789")]
    public void Other_text_is_not_a_telephone_number(string phone) => Assert.Equal(ContactDetails.PhoneMessage, ContactDetails.PhoneError(phone));
}

public sealed class BidiControlsTests
{
    public static TheoryData<char> Controls => new() { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C' };

    [Theory]
    [MemberData(nameof(Controls))]
    public void Direction_controls_never_reach_a_file_name_or_the_message_about_it(char control)
    {
        var (stem, extension) = MediaFileNames.Normalize($"bao-cao{control}gpj.jpg");
        Assert.Equal("bao-caogpj", stem);
        Assert.Equal("jpg", extension);

        var refused = Assert.Throws<MediaException>(() => MediaFileNames.Normalize($"anh{control}gnp.../x.png"));
        Assert.DoesNotContain(control, refused.Message);
        Assert.DoesNotContain(control, new GiaVien.Cms.Content.Items.ContentException($"Tên “a{control}b” đã có.").Message);
        Assert.Equal("ab", BidiControls.Strip($"a{control}b"));
    }

    [Fact]
    public void An_extension_hidden_behind_an_override_is_seen_for_what_it_is() =>
        Assert.Equal("exe", MediaFileNames.Normalize("hinh-anh\u202Egpj.exe").Extension);
}
