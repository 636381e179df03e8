namespace GiaVien.Cms.Web.Site.Questions;

/// <summary>The question form (<c>QuestionForm.liquid</c>): what was typed, its errors, the challenge and the antiforgery field.</summary>
public sealed record QuestionFormViewModel(
    SiteViewModel Site,
    string Action,
    string ListUrl,
    IReadOnlyList<string> Fields,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    string? Message,
    bool Sent,
    string ChallengeToken,
    string ChallengeImageUrl,
    string ChallengeText,
    string AntiforgeryName,
    string AntiforgeryToken,
    string HoneypotName,
    int MaxQuestionLength)
{
    public bool HasErrors => Errors.Count > 0;
}
