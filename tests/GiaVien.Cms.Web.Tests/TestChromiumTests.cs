using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Which Chromium the browser tests launch: the headless shell when tests/run.sh found one, else the full browser.</summary>
public sealed class TestChromiumTests
{
    [Fact]
    public void The_headless_shell_is_preferred_to_the_full_chromium() =>
        Assert.Equal("/usr/bin/chromium-headless-shell", TestChromium.ExecutablePath(Environment(
            ("GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL", "/usr/bin/chromium-headless-shell"), ("GIAVIEN_TEST_CHROMIUM", "/usr/bin/chromium"))));

    [Fact]
    public void Without_the_headless_shell_the_full_chromium_is_launched()
    {
        Assert.Equal("/opt/chromium/chrome", TestChromium.ExecutablePath(Environment(("GIAVIEN_TEST_CHROMIUM", "/opt/chromium/chrome"))));
        Assert.Equal("/opt/chromium/chrome", TestChromium.ExecutablePath(Environment(("GIAVIEN_TEST_CHROMIUM_HEADLESS_SHELL", ""), ("GIAVIEN_TEST_CHROMIUM", "/opt/chromium/chrome"))));
        Assert.Equal("/usr/bin/chromium", TestChromium.ExecutablePath(Environment()));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
