using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A list's news item is written from the markup kept beside its view model (<see cref="KeptFragments"/>, the theme's
/// <c>kept_include</c>): the partial runs once per item and inputs, a model not marked is rendered every time, and the
/// theme's pages are byte for byte their golden files whether their items are kept or not. That an edit shows at once
/// and that tenants never share an item's markup is held through the real site by <see cref="KeptNewsItemsOnSqlite"/>.
/// </summary>
public sealed class KeptPartialsTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-").FullName;

    [Fact]
    public async Task A_kept_item_is_rendered_once_per_inputs_and_an_item_not_kept_every_time()
    {
        var renderer = await ThemeAsync(_themes,
            ("List", "{% for item in items %}{% kept_include 'Partials/NewsItem' %}{% endfor %}|{% assign heading = 'h2' %}{% for item in items %}{% kept_include 'Partials/NewsItem' %}{% endfor %}"),
            ("Partials/NewsItem", "<{{ heading | default: 'h3' }}>{{ item.title }}</{{ heading | default: 'h3' }}>"));
        var kept = new CountedItem("Khánh thành cầu dân sinh");
        KeptFragments.Keep(kept);
        var plain = new CountedItem("Ra quân làm giao thông nông thôn");
        var model = new ListModel([kept, plain]);

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("<h3>Khánh thành cầu dân sinh</h3><h3>Ra quân làm giao thông nông thôn</h3>|<h2>Khánh thành cầu dân sinh</h2><h2>Ra quân làm giao thông nông thôn</h2>",
                await renderer.RenderAsync("List", model));
        }

        Assert.Equal(2, kept.Reads);
        Assert.Equal(4, plain.Reads);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("Category")]
    [InlineData("ArticleWithSidebar")]
    public async Task A_page_whose_items_are_kept_is_its_golden_file_when_they_are_made_and_when_they_are_written_again(string name)
    {
        KeptFragments.Keep(ThemeGoldenTests.News1);
        KeptFragments.Keep(ThemeGoldenTests.News2);

        await AssertGoldenWhenMadeAndWrittenAgainAsync(name);
    }

    /// <summary>The golden case renders as its golden file the first time (kept markup made) and the second (written from it).</summary>
    internal static async Task AssertGoldenWhenMadeAndWrittenAgainAsync(string name)
    {
        var golden = await File.ReadAllTextAsync(Path.Combine(ThemeGoldenTests.Goldens, name + ".html"));
        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name));
        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name));
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    /// <summary>A theme "Test" in <paramref name="themes"/> with a bare layout and these views (path without <c>.liquid</c>, text).</summary>
    internal static async Task<ThemeRenderer> ThemeAsync(string themes, params (string Path, string Text)[] views)
    {
        var folder = Directory.CreateDirectory(Path.Combine(themes, "Test", "Views", "Partials")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "Layout.liquid"), "{{ body | raw }}");
        foreach (var (path, text) in views)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, path + ".liquid"), text);
        }

        return new ThemeRenderer(Options.Create(new ThemesOptions { Path = themes, Theme = "Test" }), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);
    }

    public sealed record ListModel(IReadOnlyList<CountedItem> Items);

    /// <summary>Counts how often a template read its title: once per render of the partial.</summary>
    public sealed class CountedItem(string title)
    {
        private int _reads;

        public int Reads => _reads;

        public string Title
        {
            get
            {
                Interlocked.Increment(ref _reads);
                return title;
            }
        }
    }
}
