namespace GiaVien.Cms.Questions;

/// <summary><c>Cms:Questions</c>: how long contact data is kept, how often one address may ask, and the SMTP server.</summary>
public sealed class QuestionsOptions
{
    /// <summary>How long the asker's contact data is kept after the question is answered or refused.</summary>
    public TimeSpan ContactRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Questions one client address may send to one tenant per <see cref="SubmissionWindow"/>.</summary>
    public int SubmissionsPerAddress { get; set; } = 5;

    public TimeSpan SubmissionWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a form's challenge stays valid.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromHours(1);

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary><c>Cms:Questions:Smtp</c>: without a host no answer e-mail is sent (logged once per question).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c> (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@giavien.ninhbinh.gov.vn";

    public string FromName { get; set; } = "Cổng thông tin điện tử";
}
