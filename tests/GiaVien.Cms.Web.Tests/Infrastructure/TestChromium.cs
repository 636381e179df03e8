using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// How every browser test of the suite launches Chromium (Web.Tests' and Browser.Tests', which links this file): headless,
/// with everything that would reach the internet off.
/// </summary>
public static class TestChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(Environment.GetEnvironmentVariable),
            Headless = true,
            // Without the networking flags Chromium tries to reach the internet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });

    /// <summary>
    /// Chromium's headless shell when there is one (<c>GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL</c>, Debian's
    /// <c>chromium-headless-shell</c>, which tests/run.sh installs where the distribution has it: what Playwright itself
    /// runs for headless Chromium), else the full Chromium (<c>GIAVIEN_TEST_CHROMIUM</c>). The same Blink and V8 without
    /// the full browser's UI processes: Browser.Tests' Chromium CPU fell by half with it (docs/benchmarks.md, round 20,
    /// suite-side lane), Web.Tests' browser classes' too (round 21, suite-web2 lane).
    /// </summary>
    public static string ExecutablePath(Func<string, string?> environment) =>
        environment("GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL") is { Length: > 0 } shell ? shell
        : environment("GIAVIEN_TEST_CHROMIUM") is { Length: > 0 } path ? path
        : "/usr/bin/chromium";
}
