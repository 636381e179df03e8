using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>
/// A distributed installation on this machine: web nodes as separate processes, each with its own data folder
/// (search index, logs, image renditions), sharing one PostgreSQL database, the suite's Redis and an S3 bucket
/// prefix. Node A sets the district up on first run; node B joins it.
/// </summary>
public sealed class ClusterNodes : IAsyncLifetime
{
    private readonly string _database = "gv_cluster_" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _mediaPrefix = $"cluster-{Guid.NewGuid():N}/";
    private readonly List<(HostProcess Node, string Folder)> _nodes = [];

    public HostProcess A => _nodes[0].Node;

    public HostProcess B => _nodes[1].Node;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Database = _database }.ToString();

    public static string Redis => Environment.GetEnvironmentVariable("GIAVIEN_TEST_REDIS") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("GIAVIEN_TEST_REDIS is not set: run the suite with tests/run.sh, which starts Redis on loopback.");

    public async Task InitializeAsync()
    {
        await StartNodeAsync(); // node A: its readiness includes the first-run setup
        await StartNodeAsync();
    }

    /// <summary>
    /// Starts one more node of the installation, with <paramref name="extraSettings"/> of its own
    /// (<c>--Cms:OutputCache:Enabled=false</c>), and waits until it is ready, as a load balancer would: a node listens
    /// (liveness) before it has read its tenant records.
    /// </summary>
    public async Task<HostProcess> StartNodeAsync(params string[] extraSettings)
    {
        var folder = Directory.CreateTempSubdirectory("giavien-node-").FullName;
        var node = await HostProcess.StartAsync(folder, TestRecipes.CreateFolder(folder),
        [
            "--Cms:Setup:Recipe=giavien-district",
            "--Cms:Database:Provider=PostgreSql",
            $"--Cms:Database:PostgreSqlConnectionString={ConnectionString}",
            $"--Cms:Redis:Configuration={Redis}",
            $"--Cms:Redis:KeyPrefix={_database}",
            "--Cms:Media:Storage=S3",
            $"--Cms:Media:S3:ServiceUrl={S3Server.Url}",
            $"--Cms:Media:S3:Bucket={S3Server.Bucket}",
            $"--Cms:Media:S3:KeyPrefix={_mediaPrefix}",
            $"--Cms:Media:S3:AccessKey={S3Server.AccessKey}",
            $"--Cms:Media:S3:SecretKey={S3Server.SecretKey}",
            "--Cms:Media:S3:ForcePathStyle=true",
            "--Cms:Tenants:BackgroundInterval=00:00:01",
            // Tests move schedules by writing the database directly, unseen by the nodes: read due times every pass.
            "--Cms:Tenants:ScheduleRecheck=00:00:01",
            .. extraSettings,
        ]);
        _nodes.Add((node, folder));
        using var client = node.Client();
        await Eventually.ThatAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the node did not become ready");
        return node;
    }

    /// <summary>The district's database, read directly (what is committed, whatever any node says).</summary>
    public CmsDbContext DistrictDatabase()
    {
        var options = Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, PostgreSqlConnectionString = ConnectionString });
        return new CmsDbContext(new TenantDatabase(new CmsDataFolder(_nodes[0].Folder), options, new PublicChanges()).TenantOptions(TenantRecord.DefaultName, DatabaseProvider.PostgreSql));
    }

    public Task DisposeAsync()
    {
        foreach (var (node, folder) in _nodes)
        {
            node.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
