using GiaVien.Cms.Web.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCmsLogging();
builder.Services.AddCms(builder.Configuration, builder.Environment);

var app = builder.Build();
app.StartInitializingCms();
app.UseCms();
await app.RunAsync();
return Environment.ExitCode; // 1 when the tenant registry could not be read at the start (TenantRecordsAtStart)

/// <summary>Entry point; public and partial so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
