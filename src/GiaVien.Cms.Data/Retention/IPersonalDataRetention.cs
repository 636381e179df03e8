namespace GiaVien.Cms.Data.Retention;

/// <summary>
/// Personal data a module keeps only for a limited time (a resident's contact details). Besides the module's own
/// background work, tenant archives apply it: an export never carries, and an import never brings back, data whose
/// time is up, even when the background work has not run yet.
/// </summary>
public interface IPersonalDataRetention
{
    /// <summary>Erases what is due in one tenant's database; returns how many records were changed.</summary>
    Task<int> EraseDueAsync(CmsDbContext db, CancellationToken cancellationToken);
}
