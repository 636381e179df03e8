namespace GiaVien.Cms.Questions;

/// <summary>The permissions of the questions queue, one per action (administrators hold them all).</summary>
public static class QuestionPermissions
{
    /// <summary>See the queue and the asker's contact data.</summary>
    public const string View = "ViewQuestions";

    public const string Assign = "AssignQuestions";

    public const string Answer = "AnswerQuestions";

    /// <summary>Make an answered question public, or refuse a question.</summary>
    public const string Publish = "PublishQuestions";
}
