using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Schedule;
using GiaVien.Cms.Web.Site.Schedule;

namespace GiaVien.Cms.Web.Site.Blocks;

/// <summary>
/// "Lịch công tác hôm nay": the published lines of today (Vietnam time) with a link to the week. Left out where the
/// schedule feature is off; shown with a sentence when today has no line, so the block does not vanish and return.
/// </summary>
public sealed class TodayScheduleBlock(ScheduleWeeks weeks, TimeProvider clock)
{
    public async Task<BlockViewModel?> BuildAsync(Block block, string title, SiteViewModel site, CancellationToken cancellationToken)
    {
        if (!await weeks.EnabledAsync(cancellationToken))
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var lines = (await weeks.PublishedEntriesAsync(IsoWeek.Of(today), cancellationToken)).Where(e => e.Date == today);
        return new BlockViewModel(block.Kind, block.Id, title)
        {
            Url = site.BasePath + ScheduleFeature.PublicPath,
            DateLine = VietnameseDates.DateLine(VietnameseDates.StartOfDayUtc(today)),
            Schedule = [.. lines.Select(ScheduleLineViewModel.Of)],
        };
    }
}
