namespace GiaVien.Cms.Data.Questions;

/// <summary>The queue of questions: mới → giao cho đơn vị → đã trả lời → công khai, or từ chối at any point before.</summary>
public enum QuestionStatus
{
    New,
    Assigned,
    Answered,
    Published,
    Rejected,
}
