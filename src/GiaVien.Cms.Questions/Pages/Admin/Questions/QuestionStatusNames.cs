using GiaVien.Cms.Data.Questions;

namespace GiaVien.Cms.Questions.Pages.Admin.Questions;

/// <summary>The queue's states as officials read them.</summary>
public static class QuestionStatusNames
{
    public static string Of(QuestionStatus status) => status switch
    {
        QuestionStatus.New => "Mới",
        QuestionStatus.Assigned => "Đã giao cho đơn vị",
        QuestionStatus.Answered => "Đã trả lời",
        QuestionStatus.Published => "Công khai",
        QuestionStatus.Rejected => "Từ chối",
        _ => status.ToString(),
    };
}
