namespace GiaVien.Cms.Blocks;

/// <summary>What a kind of block needs from the administrator, and where it may be placed.</summary>
public sealed record BlockKind(string Id, string Name, int DefaultCount, bool HomeOnly = false)
{
    public bool HasCount => DefaultCount > 0;

    public bool HasLinks => Id is BlockKinds.LinkBanners or BlockKinds.LinkList;
}

/// <summary>The kinds of block the theme knows how to show (the theme's <c>Partials/Block</c> has a case for each).</summary>
public static class BlockKinds
{
    public const string TopNews = "TopNews";
    public const string Latest = "Latest";
    public const string SharedNews = "SharedNews";
    public const string Categories = "Categories";
    public const string Category = "Category";
    public const string LatestOfType = "LatestOfType";
    public const string LinkBanners = "LinkBanners";
    public const string LinkList = "LinkList";
    public const string MostRead = "MostRead";

    /// <summary>Today's lines of "Lịch công tác" (shown only where the schedule feature is on).</summary>
    public const string TodaySchedule = "TodaySchedule";

    /// <summary>The newest published answers of "Hỏi đáp" (shown only where the questions feature is on).</summary>
    public const string AnsweredQuestions = "AnsweredQuestions";

    public const int MaxCount = 20;
    public const int MaxLinks = 20;

    public static IReadOnlyList<BlockKind> All { get; } =
    [
        new(TopNews, "Tin nổi bật và Tin mới", 6, HomeOnly: true),
        new(Latest, "Tin mới", 5),
        new(SharedNews, "Tin cơ sở (cổng huyện)", 0, HomeOnly: true),
        new(Categories, "Tin theo từng chuyên mục", 4, HomeOnly: true),
        new(Category, "Tin của một chuyên mục", 4),
        new(LatestOfType, "Nội dung mới của một loại", 5),
        new(LinkBanners, "Biểu ngữ liên kết", 0),
        new(LinkList, "Liên kết website", 0),
        new(TodaySchedule, "Lịch công tác hôm nay", 0),
        new(AnsweredQuestions, "Câu hỏi đã trả lời mới", 5),
        new(MostRead, "Đọc nhiều", 5),
    ];

    public static BlockKind? Find(string? id) => All.FirstOrDefault(k => k.Id == id);
}
