using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The image ships the ReadyToRun publish (a third less CPU from a restart to readiness, docs/operations.md), and CI
/// runs that same publish command, so a publish that breaks with it fails CI before an image is built.
/// </summary>
public sealed partial class ImagePublishTests
{
    [Fact]
    public void The_image_and_CI_publish_the_same_ReadyToRun_build()
    {
        var image = PublishArguments(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "Dockerfile")));
        var ci = PublishArguments(File.ReadAllText(Path.Combine(RepositoryFolder.Root, ".ci", "run")));

        Assert.Contains("-p:PublishReadyToRun=true", image);
        Assert.Equal(image, ci);
    }

    /// <summary>The arguments of the one <c>dotnet publish</c> command, without its output folder.</summary>
    private static string PublishArguments(string script) =>
        Assert.Single(PublishCommand().Matches(script)).Groups["arguments"].Value;

    [GeneratedRegex(@"dotnet publish (?<arguments>[^\n]*?) -o \S+")]
    private static partial Regex PublishCommand();
}
