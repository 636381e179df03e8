using Fluid;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The theme's member reads (<see cref="ViewModelMemberAccess"/>): the same members as Fluid's own strategy, and a
/// name the view model lacks costs no allocation however often a template asks for it (the news-item partial asks for
/// optional members about thirty times per home page). The pages' HTML is held by <see cref="ThemeGoldenTests"/>.
/// </summary>
public sealed class ViewModelMemberAccessTests
{
    private static readonly NewsSummaryViewModel News = new("Ra quân làm giao thông nông thôn", "/gia-hoa/tin-tuc/ra-quan", "Thứ hai, 26/02/2024",
        "2024-02-26T07:00:00+07:00", "Lead", new ImageViewModel("/gia-hoa/media/a.jpg", "Đầm sen", 400, 225))
    { Source = new LinkViewModel("Thị trấn Me", "/thi-tran-me/") };

    [Fact]
    public async Task A_template_reads_each_member_by_its_snake_case_name_and_nothing_for_a_name_the_model_lacks()
    {
        var options = new TemplateOptions { MemberAccessStrategy = new ViewModelMemberAccess { MemberNameStrategy = MemberNameStrategies.SnakeCase } };
        var template = new FluidParser().Parse("{{ n.title }}|{{ n.date_line }}|{{ n.iso_date }}|{{ n.image.width }}|{{ n.source.title }}|{{ n.no_such_member }}|{{ n.Title }}");
        var context = new TemplateContext(options);
        context.SetValue("n", News);

        Assert.Equal("Ra quân làm giao thông nông thôn|Thứ hai, 26/02/2024|2024-02-26T07:00:00&#x2B;07:00|400|Thị trấn Me||",
            await template.RenderAsync(context, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)));
    }

    [Fact]
    public void A_name_the_view_model_lacks_is_answered_without_allocating()
    {
        var strategy = new ViewModelMemberAccess { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        Assert.NotNull(strategy.GetAccessor(typeof(NewsSummaryViewModel), "title"));
        Assert.Null(strategy.GetAccessor(typeof(NewsSummaryViewModel), "source_label"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            strategy.GetAccessor(typeof(NewsSummaryViewModel), "source_label");
            strategy.GetAccessor(typeof(NewsSummaryViewModel), "date_line");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Accessors_registered_for_a_type_answer_before_its_own_members_and_any_name_falls_back_to_a_catch_all()
    {
        var strategy = new ViewModelMemberAccess { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        strategy.Register<NewsSummaryViewModel, string>("title", _ => "registered");
        strategy.Register<LinkViewModel, string>((_, name) => "any " + name);

        var context = new TemplateContext();
        Assert.Equal("registered", strategy.GetAccessor(typeof(NewsSummaryViewModel), "title")!.Get(News, "title", context));
        Assert.Equal("any made_up", strategy.GetAccessor(typeof(LinkViewModel), "made_up")!.Get(News.Source!, "made_up", context));
    }
}
