namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The throwaway PostgreSQL cluster started by tests/run.sh (GIAVIEN_TEST_POSTGRES).</summary>
public static class PostgreSqlServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("GIAVIEN_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "GIAVIEN_TEST_POSTGRES is not set: run the suite with tests/run.sh, which starts a PostgreSQL server on loopback.");
}
