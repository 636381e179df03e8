using System.Diagnostics;
using System.Reflection;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The rich-text editor travels with the product: the publish output (what the Dockerfile and .ci/run ship) holds
/// Trix, and a Release build without npm fails instead of quietly shipping an admin without its editor.
/// </summary>
public sealed class EditorAssetsPublishTests
{
    private static readonly string Project = Path.Combine(RepositoryFolder.Root, "src", "GiaVien.Cms.Web", "GiaVien.Cms.Web.csproj");

    [Fact]
    public async Task The_published_output_contains_the_editor()
    {
        var output = Directory.CreateTempSubdirectory("giavien-publish-").FullName;
        try
        {
            // --no-build: the web project was just built with this test project, so this only lays out the output.
            var configuration = typeof(EditorAssetsPublishTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var (exitCode, log) = await DotnetAsync("publish", Project, "-c", configuration, "--no-build", "-o", output, "-nologo");

            Assert.True(exitCode == 0, log);
            Assert.True(new FileInfo(Path.Combine(output, "wwwroot", "lib", "trix", "trix.umd.min.js")).Length > 100_000, "trix.umd.min.js missing or truncated");
            Assert.True(File.Exists(Path.Combine(output, "wwwroot", "lib", "trix", "trix.css")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task A_release_build_without_npm_fails_and_says_why()
    {
        var assets = Directory.CreateTempSubdirectory("giavien-editor-").FullName;
        try
        {
            var (exitCode, log) = await DotnetAsync("msbuild", Project, "-nologo", "-t:InstallAdminEditor", "-p:Configuration=Release",
                "-p:NpmCommand=npm-not-installed", $"-p:EditorAssetsFolder={assets}");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("GVCMS001", log);
            Assert.Contains("apt-get install nodejs npm", log);
        }
        finally
        {
            Directory.Delete(assets, recursive: true);
        }
    }

    [Fact]
    public void The_image_build_stage_installs_npm_before_publishing()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "Dockerfile"));
        var build = dockerfile[..dockerfile.IndexOf("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)];

        Assert.Matches(@"apt-get install[^\n]*\bnodejs\b[^\n]*\bnpm\b", build);
        Assert.True(build.IndexOf("npm", StringComparison.Ordinal) < build.IndexOf("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("-c Release", build);
    }

    private static async Task<(int ExitCode, string Log)> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFolder.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
