using System.Globalization;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Notifications;

/// <summary>The demo host with e-mail going to a loopback SMTP sink and a configured public address for links.</summary>
public abstract class NotificationsHost : DemoHost
{
    public const string PublicBaseUrl = "https://cong.giavien.example.vn";

    /// <summary>Shared by both hosts: each test reads only the messages to its own users' addresses.</summary>
    public static readonly SmtpSink Sink = new();

    // The tests run the background pass that mails the editors and then read the sink: a pass of the node's own could
    // take the e-mail first and still be sending it when the test's pass returned (seen with the node's pass every 1 s).
    protected NotificationsHost(DatabaseProvider provider) : base(provider) =>
        Settings = new Dictionary<string, string>(BackgroundPassesByTheTestOnly)
        {
            ["Cms:Questions:Smtp:Host"] = "127.0.0.1",
            ["Cms:Questions:Smtp:Port"] = Sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Cms:Questions:Smtp:Security"] = "None",
            ["Cms:PublicBaseUrl"] = PublicBaseUrl,
        };
}

public sealed class SqliteNotificationsHost() : NotificationsHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlNotificationsHost() : NotificationsHost(DatabaseProvider.PostgreSql);
