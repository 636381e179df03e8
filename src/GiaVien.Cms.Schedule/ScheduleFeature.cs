using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Schedule.Editing;
using GiaVien.Cms.Users;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// "Lịch công tác": the type of <c>recipes/lich-cong-tac.recipe.json</c>, one content item per ISO week whose lines
/// are a <see cref="ScheduleEntriesField"/>.
/// </summary>
public static class ScheduleFeature
{
    public const string Id = "schedule";
    public const string ContentType = "LichCongTac";
    public const string Part = "LichCongTacPart";
    public const string WeekField = "Week";
    public const string EntriesField = "Entries";
    public const string PublicPath = "/lich-cong-tac";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Lịch công tác",
        "Lịch công tác tuần của lãnh đạo tại /lich-cong-tac (xem theo tuần, bản in) và lịch iCalendar /lich-cong-tac.ics.")
    {
        Recipe = "lich-cong-tac",
        ContentTypes = [ContentType],
    };

    /// <param name="siteMigrations">What the host adds to the feature for the site it composes (the main menu's item).</param>
    public static IServiceCollection AddSchedule(this IServiceCollection services, params IFeatureMigration[] siteMigrations) => services
        .AddScoped<ScheduleWeeks>()
        .AddScoped<ScheduleWeekEditor>()
        .AddScoped<IAdminMenuEntry, ScheduleMenuEntry>()
        .AddContentFieldKind<ScheduleEntriesField>()
        .AddRecipeStep<ScheduleWeekRecipeStep>()
        .AddFeature(Descriptor with { Migrations = [.. Descriptor.Migrations, .. siteMigrations] });
}
