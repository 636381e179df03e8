namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for tests that read a source file (README, a layout) rather than the built host.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GiaVien.Cms.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("GiaVien.Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
