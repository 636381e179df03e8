using GiaVien.Cms.Visits;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>
/// The tally's bookkeeping without a host: views counted on several threads, each many times past its buffer's size,
/// show as pending until a flush takes them, are taken once, per path; views a failed write gives back are taken again.
/// </summary>
public sealed class VisitTallyTests
{
    private const int ViewsPerThread = 1_031;
    private const int Threads = 4;

    [Fact]
    public async Task Views_from_many_threads_are_pending_until_taken_once_and_views_given_back_are_taken_again()
    {
        var tally = new VisitTally();
        var day = new DateOnly(2026, 12, 6);
        await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(() =>
        {
            for (var i = 0; i < ViewsPerThread; i++)
            {
                tally.Count("gia-hoa", day, i % 2 == 0 ? "/tin-tuc/le-hoi-dinh" : "/tin-tuc/mua-lua");
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Equal(Threads * ViewsPerThread, tally.Pending("gia-hoa", day));
        Assert.Equal(0, tally.Pending("gia-hoa", day.AddDays(-1)));
        Assert.Equal(0, tally.Pending("gia-tan", day));

        var (tenant, views) = Assert.Single(tally.Take());
        Assert.Equal("gia-hoa", tenant);
        Assert.Equal(
            [new PathViews(day, "/tin-tuc/le-hoi-dinh", Threads * 516), new PathViews(day, "/tin-tuc/mua-lua", Threads * 515)],
            views.OrderBy(v => v.Path, StringComparer.Ordinal));
        Assert.Empty(tally.Take());
        Assert.Equal(0, tally.Pending("gia-hoa", day));

        tally.Add("gia-hoa", views[0]);
        Assert.Equal(views[0].Views, tally.Pending("gia-hoa", day));
        Assert.Equal(views[0], Assert.Single(Assert.Single(tally.Take()).Views));
    }

    [Fact]
    public void Pending_views_of_the_same_path_do_not_hold_each_request_s_own_path_string()
    {
        var tally = new VisitTally();
        var day = new DateOnly(2026, 12, 6);
        tally.Count("gia-hoa", day, new string("/tin-tuc/le-hoi-dinh".AsSpan()));
        var later = CountRequestsOfTheSamePath(tally, day, 10);

        // The views wait in the thread's buffer until a fold or a flush: they must not keep the requests' strings alive
        // (a long-lived buffer holding them carried them into gen1 and gen2 collections under load).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.DoesNotContain(later, path => path.IsAlive);
        Assert.Equal(11, tally.Pending("gia-hoa", day));
        Assert.Equal(new PathViews(day, "/tin-tuc/le-hoi-dinh", 11), Assert.Single(Assert.Single(tally.Take()).Views));
    }

    /// <summary>Counts views whose path strings are each a request's own copy, and returns weak references to those strings.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference> CountRequestsOfTheSamePath(VisitTally tally, DateOnly day, int requests)
    {
        var paths = new List<WeakReference>();
        for (var i = 0; i < requests; i++)
        {
            var path = new string("/tin-tuc/le-hoi-dinh".AsSpan());
            tally.Count("gia-hoa", day, path);
            paths.Add(new WeakReference(path));
        }

        return paths;
    }

    [Fact]
    public void Runs_of_views_of_one_page_are_counted_exactly_per_tenant_day_and_path_beyond_the_buffer_s_size()
    {
        var tally = new VisitTally();
        var day = new DateOnly(2026, 12, 6);
        // A page read many times in a row, then the day turns (Việt Nam's midnight) with the same page, another
        // tenant's page of the same path, and then more distinct pages in between than the buffer holds runs.
        Count(tally, "gia-hoa", day, "/tin-tuc/le-hoi-dinh", 1_000);
        Count(tally, "gia-hoa", day.AddDays(1), "/tin-tuc/le-hoi-dinh", 300);
        Count(tally, "gia-tan", day.AddDays(1), "/tin-tuc/le-hoi-dinh", 20);
        for (var i = 0; i < 2 * ThreadViews.Capacity; i++)
        {
            Count(tally, "gia-hoa", day.AddDays(1), i % 2 == 0 ? "/tin-tuc/mua-lua" : "/", 2);
        }

        Assert.Equal(1_000, tally.Pending("gia-hoa", day));
        Assert.Equal(300 + 4 * ThreadViews.Capacity, tally.Pending("gia-hoa", day.AddDays(1)));
        Assert.Equal(20, tally.Pending("gia-tan", day.AddDays(1)));

        var taken = tally.Take().ToDictionary(t => t.Tenant, t => t.Views.OrderBy(v => v.Day).ThenBy(v => v.Path, StringComparer.Ordinal).ToList());
        Assert.Equal(
            [
                new PathViews(day, "/tin-tuc/le-hoi-dinh", 1_000),
                new PathViews(day.AddDays(1), "/", 2 * ThreadViews.Capacity),
                new PathViews(day.AddDays(1), "/tin-tuc/le-hoi-dinh", 300),
                new PathViews(day.AddDays(1), "/tin-tuc/mua-lua", 2 * ThreadViews.Capacity),
            ],
            taken["gia-hoa"]);
        Assert.Equal([new PathViews(day.AddDays(1), "/tin-tuc/le-hoi-dinh", 20)], taken["gia-tan"]);
        Assert.Empty(tally.Take());
    }

    /// <summary>Views in a row of one page, each with the request's own copy of the path, as Kestrel hands them over.</summary>
    private static void Count(VisitTally tally, string tenant, DateOnly day, string path, int views)
    {
        for (var i = 0; i < views; i++)
        {
            tally.Count(tenant, day, new string(path.AsSpan()));
        }
    }

    [Fact]
    public void A_thread_that_ended_leaves_its_views_to_the_next_flush_which_then_lets_go_of_its_buffer()
    {
        var tally = new VisitTally();
        var day = new DateOnly(2026, 12, 6);
        var reader = new Thread(() => tally.Count("gia-hoa", day, "/tin-tuc/le-hoi-dinh"));
        reader.Start();
        reader.Join();
        tally.Count("gia-hoa", day, "/tin-tuc/mua-lua");
        Assert.Equal(2, tally.ThreadBuffers);

        Assert.Equal(2, Assert.Single(tally.Take()).Views.Sum(v => v.Views));
        // This thread lives on and keeps its buffer; the ended one's is gone.
        Assert.Equal(1, tally.ThreadBuffers);
        tally.Count("gia-hoa", day, "/tin-tuc/mua-lua");
        Assert.Equal(new PathViews(day, "/tin-tuc/mua-lua", 1), Assert.Single(Assert.Single(tally.Take()).Views));
    }
}
