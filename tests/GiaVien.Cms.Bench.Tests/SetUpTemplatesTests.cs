using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// The smoke tests share their installations through <see cref="SetUpTemplates"/>: one set-up per key, however many ask at
/// once, and each asker gets a folder of its own, without the set-up's server log (whose "is ready" is not the copy's).
/// </summary>
public sealed class SetUpTemplatesTests
{
    [Fact]
    public async Task A_set_up_runs_once_per_key_and_each_caller_gets_its_own_copy_without_the_server_log()
    {
        using var work = new WorkFolder("templates-test");
        var key = "test|" + Guid.NewGuid();
        var setUps = 0;
        async Task SetUpAsync(string folder)
        {
            Interlocked.Increment(ref setUps);
            await Task.Delay(100);
            Directory.CreateDirectory(Path.Combine(folder, "Sites", "default"));
            await File.WriteAllTextAsync(Path.Combine(folder, "Sites", "default", "cms.db"), "set up");
            await File.WriteAllTextAsync(Path.Combine(folder, "stdout.log"), "is ready");
        }

        var copies = new[] { Path.Combine(work.Path, "a"), Path.Combine(work.Path, "b"), Path.Combine(work.Path, "c") };
        await Task.WhenAll(copies.Select(copy => SetUpTemplates.CopyAsync(key, copy, SetUpAsync)));

        Assert.Equal(1, setUps);
        Assert.All(copies, copy =>
        {
            Assert.Equal("set up", File.ReadAllText(Path.Combine(copy, "Sites", "default", "cms.db")));
            Assert.False(File.Exists(Path.Combine(copy, "stdout.log")));
        });
        await File.WriteAllTextAsync(Path.Combine(copies[0], "Sites", "default", "cms.db"), "changed by a bench");
        Assert.Equal("set up", await File.ReadAllTextAsync(Path.Combine(copies[1], "Sites", "default", "cms.db")));
    }

    [Fact]
    public async Task A_failed_set_up_is_not_kept_and_the_next_caller_sets_up_again()
    {
        using var work = new WorkFolder("templates-test");
        var key = "test|" + Guid.NewGuid();

        await Assert.ThrowsAsync<TimeoutException>(() => SetUpTemplates.CopyAsync(key, Path.Combine(work.Path, "a"), _ => throw new TimeoutException()));
        await SetUpTemplates.CopyAsync(key, Path.Combine(work.Path, "b"), folder => File.WriteAllTextAsync(Path.Combine(folder, "host.db"), "set up"));

        Assert.Equal("set up", await File.ReadAllTextAsync(Path.Combine(work.Path, "b", "host.db")));
    }
}
