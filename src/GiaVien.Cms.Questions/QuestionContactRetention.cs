using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Questions;

/// <summary>
/// The asker's contact data (name, address, e-mail, phone) is kept for <see cref="QuestionsOptions.ContactRetention"/>
/// after the question is answered or refused, then erased; the question and its answer stay.
/// </summary>
public sealed class QuestionContactRetention(IOptions<QuestionsOptions> options, TimeProvider clock) : IPersonalDataRetention
{
    public Task<int> EraseDueAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var threshold = now - options.Value.ContactRetention;
        return db.CitizenQuestions
            .Where(q => q.ContactErasedUtc == null && q.ClosedUtc != null && q.ClosedUtc < threshold)
            .ExecuteUpdateAsync(s => s
                .SetProperty(q => q.AskerName, (string?)null)
                .SetProperty(q => q.AskerAddress, (string?)null)
                .SetProperty(q => q.AskerEmail, (string?)null)
                .SetProperty(q => q.AskerPhone, (string?)null)
                .SetProperty(q => q.MailDueUtc, (DateTime?)null)
                .SetProperty(q => q.ContactErasedUtc, now), cancellationToken);
    }
}
