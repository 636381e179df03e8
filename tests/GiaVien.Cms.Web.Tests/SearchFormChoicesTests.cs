using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Web.Site;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The search form's options are made once per instance of the tenant's categories (<see cref="SearchFormChoices"/>):
/// the same instance answers with the same options, a chosen category is marked on a copy, a name no category has marks
/// nothing, and the read cache's new instance after a change shows the change at once.
/// </summary>
public sealed class SearchFormChoicesTests
{
    [Fact]
    public void Category_options_are_made_once_per_categories_instance_and_the_chosen_one_is_marked_on_a_copy()
    {
        IReadOnlyList<CategoryTerm> categories = [new("kinh-te", "Kinh tế", "kinh-te"), new("van-hoa", "Văn hóa - Xã hội", "van-hoa")];

        var none = SearchFormChoices.Categories(categories, null);
        Assert.Equal([new("kinh-te", "Kinh tế", false), new("van-hoa", "Văn hóa - Xã hội", false)], none);
        Assert.Same(none, SearchFormChoices.Categories(categories, null));
        Assert.Same(none, SearchFormChoices.Categories(categories, "khong-co"));

        Assert.Equal([new("kinh-te", "Kinh tế", false), new("van-hoa", "Văn hóa - Xã hội", true)], SearchFormChoices.Categories(categories, "van-hoa"));
        Assert.Equal([false, false], none.Select(o => o.Selected));

        // A renamed category: the read cache's new list.
        IReadOnlyList<CategoryTerm> renamed = [new("kinh-te", "Kinh tế - Tài chính", "kinh-te"), new("van-hoa", "Văn hóa - Xã hội", "van-hoa")];
        Assert.Equal("Kinh tế - Tài chính", SearchFormChoices.Categories(renamed, null)[0].Title);
    }
}
