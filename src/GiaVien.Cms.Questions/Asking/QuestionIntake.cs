using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Questions.Asking;

/// <summary>Stores a resident's question once its form passed every check.</summary>
public sealed class QuestionIntake(CmsDbContext db, TimeProvider clock, ILogger<QuestionIntake> logger)
{
    /// <summary>Stores the question; false when this submission (its challenge) was stored already.</summary>
    public async Task<bool> StoreAsync(QuestionForm form, string submissionKey, CancellationToken cancellationToken)
    {
        if (await db.CitizenQuestions.AnyAsync(q => q.SubmissionKey == submissionKey, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new CitizenQuestionRecord
        {
            SubmissionKey = submissionKey,
            Status = QuestionStatus.New,
            Field = form.Field,
            Title = form.Title,
            Question = form.Question,
            CreatedUtc = now,
            ModifiedUtc = now,
            AskerName = form.Name,
            AskerAddress = form.Address,
            AskerEmail = form.Email.Length > 0 ? form.Email : null,
            AskerPhone = form.Phone.Length > 0 ? form.Phone : null,
        };
        db.CitizenQuestions.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            if (await db.CitizenQuestions.AsNoTracking().AnyAsync(q => q.SubmissionKey == submissionKey, cancellationToken))
            {
                // The same form sent twice at once: the unique submission key kept the second out.
                return false;
            }

            throw;
        }

        // The log names the question, never the asker.
        logger.LogInformation("Question {QuestionId} received ({Field})", record.Id, record.Field);
        return true;
    }
}
