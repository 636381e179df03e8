using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Schedule.Editing;

/// <summary>
/// <c>{"name":"ScheduleWeek","WeekOffset":0,"Publish":true,"Lines":[{"Day":1,"Time":"07:30","Content":…}]}</c>: a week of
/// the schedule placed relative to the week the recipe runs in (0 this week, -1 the week before), with its lines on
/// weekdays 1 (Thứ hai) to 7 (Chủ nhật). A demo set up on any date then opens on a filled week; a fixed date would be
/// empty on every later visit. The week is saved through the week editor, as an editor would save it.
/// </summary>
public sealed class ScheduleWeekRecipeStep : IRecipeStep
{
    public string Name => "ScheduleWeek";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        if (plan.Definitions.FindType(ScheduleFeature.ContentType) is null)
        {
            errors.Add(null, $"Chưa có loại nội dung \"{ScheduleFeature.ContentType}\": hãy thêm công thức \"lich-cong-tac\" trước bước này.");
        }

        if (step["WeekOffset"] is not JsonValue offset || !offset.TryGetValue<int>(out var weeks) || Math.Abs(weeks) > 52)
        {
            errors.Add("WeekOffset", "\"WeekOffset\" phải là số tuần so với tuần chạy công thức, từ -52 đến 52 (0 là tuần hiện tại).");
        }

        var lines = JsonPaths.GetArray(step, "Lines");
        if (lines is null)
        {
            errors.Add("Lines", "Thiếu danh sách \"Lines\" (các dòng lịch).");
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            // Any real week will do: only the line's own values are checked here.
            if (Read(lines[i] as JsonObject, new IsoWeek(2026, 1)) is null)
            {
                errors.Add($"Lines[{i}]", "Mỗi dòng cần \"Day\" (1 là thứ hai … 7 là chủ nhật), \"Content\" và, nếu có, \"Time\" dạng HH:mm.");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var clock = execution.Services.GetRequiredService<TimeProvider>();
        var week = IsoWeek.Of(VietnamTime.Today(clock).AddDays(7 * step["WeekOffset"]!.GetValue<int>()));
        var entries = JsonPaths.GetArray(step, "Lines")!.Select(line => Read(line as JsonObject, week)!).ToList();
        await execution.Services.GetRequiredService<ScheduleWeekEditor>()
            .SaveAsync(week, entries, publish: step["Publish"]?.GetValue<bool>() ?? true, execution.UserName, cancellationToken);
    }

    private static ScheduleEntry? Read(JsonObject? line, IsoWeek week)
    {
        if (line?["Day"] is not JsonValue dayValue || !dayValue.TryGetValue<int>(out var day) || day is < 1 or > 7
            || JsonPaths.GetString(line, "Content") is not { Length: > 0 } content)
        {
            return null;
        }

        TimeOnly? time = null;
        if (JsonPaths.GetString(line, "Time") is { Length: > 0 } text)
        {
            if (!TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return null;
            }

            time = parsed;
        }

        string Cell(string name) => JsonPaths.GetString(line, name) ?? "";
        return new ScheduleEntry
        {
            Id = ScheduleEntry.NewId(),
            Date = week.Monday.AddDays(day - 1),
            Time = time,
            Content = content,
            Host = Cell("Host"),
            Location = Cell("Location"),
            Participants = Cell("Participants"),
            PreparedBy = Cell("PreparedBy"),
        };
    }
}
