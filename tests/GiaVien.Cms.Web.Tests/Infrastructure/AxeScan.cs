using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// axe-core's scan of a page with axe's default rules (those Deque's <c>RunAxe</c> ran), reporting the violations.
/// <c>RunAxe</c> did the same scan at a higher price: it evaluated axe-core 4.14.0's 650 kB script again on every call,
/// opened a browser context and a blank page to assemble the results in, and carried every passing node's details back
/// to .NET: about 22 s a page-width against 2.5 s here, on a loaded machine (docs/benchmarks.md, round 18). Here axe
/// is injected once per document (one page is scanned at three widths), runs with <c>resultTypes: ['violations']</c>
/// (axe still reports every violating node, and only one node of each passing rule), and only the violations cross to
/// .NET. Same axe-core build: the script bundled with Deque.AxeCore.Commons.
/// </summary>
public static class AxeScan
{
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    private const string InjectedTest = "() => typeof window.axe === 'object'";

    private const string RunScript = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => ({ id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    /// <summary>Fails with the rule, its help text and the offending elements when axe finds any violation.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{what}: " + string.Join("; ", violations.Select(v => $"{v.Id}: {v.Help} ({v.Targets.Count}: {string.Join(", ", v.Targets.Take(5))})")));
    }

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        // Each frame gets axe, so that axe.run in the top document reaches into iframes as Deque's legacy mode does.
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>(InjectedTest))
            {
                await frame.EvaluateAsync("() => {" + AxeScript + "\n}");
                // Frames of another origin answer axe's messages only when allowed to (Deque's legacy mode allows them too).
                await frame.EvaluateAsync("() => axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })");
            }
        }

        var found = await page.EvaluateAsync<JsonElement>(RunScript);
        return found.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }
}

public sealed record AxeViolation(string Id, string Help, IReadOnlyList<string> Targets);
