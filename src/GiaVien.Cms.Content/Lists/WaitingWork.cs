using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Lists;

/// <summary>One line of the dashboard: what waits for the user, as the content list's filter that shows it.</summary>
public sealed record WaitingList(string Label, ContentListFilter Filter);

/// <summary>
/// What waits for a user, by what the user may do: items to review for those who review or publish, items of theirs
/// returned to them, scheduled publications (everyone's for those who publish, their own for those who submit) and
/// their own drafts.
/// </summary>
public static class WaitingWork
{
    public static IReadOnlyList<WaitingList> For(IReadOnlySet<string> permissions, string userName)
    {
        bool Has(string permission) => permissions.Contains(ContentPermissions.All) || permissions.Contains(permission);
        var publishes = Has(ContentPermissions.PublishContent);
        var queues = new List<WaitingList>();
        if (publishes || Has(ContentPermissions.ReviewContent))
        {
            queues.Add(new("Chờ duyệt", new(Status: ContentStatus.AwaitingReview)));
        }

        queues.Add(new("Bị trả lại", new(Status: ContentStatus.Returned, Author: userName)));
        if (publishes)
        {
            queues.Add(new("Hẹn giờ", new(Status: ContentStatus.Scheduled)));
        }
        else if (Has(ContentPermissions.SubmitContent))
        {
            queues.Add(new("Hẹn giờ", new(Status: ContentStatus.Scheduled, Author: userName)));
        }

        queues.Add(new("Bản nháp của tôi", new(Status: ContentStatus.Draft, Author: userName)));
        return queues;
    }
}
