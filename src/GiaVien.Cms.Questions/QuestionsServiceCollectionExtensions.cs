using GiaVien.Cms.Data.Retention;
using GiaVien.Cms.Questions.Asking;
using GiaVien.Cms.Questions.Mail;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>The questions module: intake, challenge, rate limit, queue, answer e-mail and retention (<c>Cms:Questions</c>).</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddOptions<QuestionsOptions>().BindConfiguration("Cms:Questions");
        services.AddSingleton<QuestionChallenge>();
        services.AddSingleton<SubmissionRateLimit>();
        services.AddSingleton<AnswerMailer>();
        services.AddSingleton<QuestionContactRetention>();
        services.AddSingleton<IPersonalDataRetention>(sp => sp.GetRequiredService<QuestionContactRetention>());
        services.AddScoped<QuestionIntake>();
        services.AddScoped<QuestionDesk>();
        services.AddScoped<IAdminDashboardEntry, QuestionsDashboard>();
        services.AddSingleton<ITenantBackgroundTask, QuestionsMaintenanceTask>();
        services.AddAdminMenuLink(new("Hỏi đáp", "admin/hoi-dap", 40), QuestionPermissions.View);
        return services;
    }
}
