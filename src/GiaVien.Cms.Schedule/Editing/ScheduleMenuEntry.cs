using System.Security.Claims;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Schedule.Editing;

/// <summary>"Lịch công tác" in the admin's menu, where the tenant has the feature on and the user may write the schedule.</summary>
public sealed class ScheduleMenuEntry(ScheduleWeeks weeks) : IAdminMenuEntry
{
    public async Task<AdminMenuLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ContentPermissions.Can(user.Permissions(), user.Name(), ContentAction.Edit, null, reviewRequired: true, contentType: ScheduleFeature.ContentType)
        && await weeks.EnabledAsync(cancellationToken)
            ? new AdminMenuLink("Lịch công tác", "admin/lich-cong-tac", 45)
            : null;
}
