using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Tests.Search;

public sealed class UserQueryTests
{
    [Fact]
    public void Quotes_make_phrases_and_a_leading_minus_excludes()
    {
        var query = UserQuery.Parse("nông thôn \"Gia Viễn\" -\"Gia Hòa\" -lúa a-b");

        Assert.Equal("nông thôn a-b ", query.Words);
        Assert.Equal(["Gia Viễn"], query.Phrases);
        Assert.Equal("lúa ", query.ExcludedWords);
        Assert.Equal(["Gia Hòa"], query.ExcludedPhrases);
    }

    [Theory]
    [InlineData("\"không đóng ngoặc")]
    [InlineData("- -- \" \"")]
    [InlineData("AND ( ] * ?~ \\")]
    public void Any_input_parses(string input) => Assert.NotNull(UserQuery.Parse(input));
}
