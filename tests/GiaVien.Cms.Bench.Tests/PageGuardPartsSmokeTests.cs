using GiaVien.Cms.Bench.PageGuards;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the page guard pieces a few times so the bench cannot rot; their speed is reported, not asserted.</summary>
public sealed class PageGuardPartsSmokeTests
{
    [Fact]
    public void Every_piece_is_timed_and_listed()
    {
        var table = PageGuardParts.Run(repetitions: 3, TextWriter.Null);

        Assert.Contains("| nonce: from the batch (now) |", table);
        Assert.Contains("| policy header of a public page |", table);
        Assert.Contains("| cached page through the nonce substitution |", table);
    }
}
