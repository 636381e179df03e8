using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Notifications.Mail;
using GiaVien.Cms.Notifications.Reading;
using GiaVien.Cms.Notifications.Writing;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Editors' notifications (<c>Cms:Notifications</c>): written with the workflow's saves, read in the admin, mailed
    /// through the questions module's SMTP sender. Needs <c>AddQuestions()</c> for that sender.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration("Cms:Notifications");
        services.AddSingleton<ITenantSaveInterceptor, NotificationWriter>();
        services.AddScoped<MyNotifications>();
        services.AddSingleton<ITenantBackgroundTask, NotificationMaintenanceTask>();
        return services;
    }
}
