using GiaVien.Cms.Data.Changes;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tests;

public sealed class NodeEventTests
{
    [Fact]
    public void A_failing_listener_stops_neither_the_others_nor_the_fan_out_which_goes_first()
    {
        var logger = new ErrorLog();
        var changes = new PublicChanges(logger);
        var heard = new List<string>();
        changes.ChangedHere += tenant => heard.Add("other nodes: " + tenant);
        changes.Changed += tenant => heard.Add("page cache: " + tenant);
        changes.Changed += _ => throw new InvalidOperationException("a broken listener");
        changes.Changed += tenant => heard.Add("settings: " + tenant);

        changes.Notify("gia-hoa");
        changes.NotifyFromOtherNode("mat-tran");

        Assert.Equal(["other nodes: gia-hoa", "page cache: gia-hoa", "settings: gia-hoa", "page cache: mat-tran", "settings: mat-tran"], heard);
        Assert.Equal(2, logger.Errors.Count(e => e is InvalidOperationException));
    }

    [Fact]
    public void The_change_count_has_moved_when_the_page_cache_hears_of_a_change_even_if_it_subscribed_first()
    {
        // The page cache is a hosted service, subscribed at start; the counter is made when a page first reads through
        // it. A page rendered after its cached copy is dropped must not read answers kept under the old count.
        var changes = new PublicChanges();
        var countsSeenByThePageCache = new List<long>();
        PublicChangeCounter? counter = null;
        changes.Changed += tenant => countsSeenByThePageCache.Add(counter!.Of(tenant));
        counter = new PublicChangeCounter(changes);

        changes.Notify("gia-hoa");
        changes.NotifyFromOtherNode("gia-hoa");

        Assert.Equal([1, 2], countsSeenByThePageCache);
    }

    private sealed class ErrorLog : ILogger<PublicChanges>
    {
        public List<Exception?> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error)
            {
                Errors.Add(exception);
            }
        }
    }
}
