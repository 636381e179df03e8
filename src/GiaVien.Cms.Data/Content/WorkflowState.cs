namespace GiaVien.Cms.Data.Content;

/// <summary>Where the latest version of an item stands in the review workflow.</summary>
public enum WorkflowState
{
    Draft = 0,
    AwaitingReview = 1,
    Returned = 2,
    Approved = 3,
}
