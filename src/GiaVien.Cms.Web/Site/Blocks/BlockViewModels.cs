namespace GiaVien.Cms.Web.Site.Blocks;

/// <summary>
/// A block as the theme's <c>Partials/Block</c> shows it: <see cref="Kind"/> chooses the markup, the other properties
/// hold what that kind lists (a kind leaves the others empty).
/// </summary>
public sealed record BlockViewModel(string Kind, string Id, string Title)
{
    /// <summary>Where the heading and "Xem thêm" lead (a category, a type's list), or null.</summary>
    public string? Url { get; init; }

    /// <summary>"Tin nổi bật" of the top news block; null when nothing is published yet.</summary>
    public NewsSummaryViewModel? Featured { get; init; }

    public IReadOnlyList<NewsSummaryViewModel> News { get; init; } = [];

    public IReadOnlyList<CategoryBlockViewModel> Categories { get; init; } = [];

    public IReadOnlyList<BlockLinkViewModel> Links { get; init; } = [];

    /// <summary>Today's lines of the schedule block, with <see cref="DateLine"/> naming the day.</summary>
    public IReadOnlyList<Schedule.ScheduleLineViewModel> Schedule { get; init; } = [];

    public string? DateLine { get; init; }
}

/// <summary>A link of a banner or link list; an address of another site opens in a new tab and says so.</summary>
public sealed record BlockLinkViewModel(string Title, string Url, bool External, ImageViewModel? Image);
