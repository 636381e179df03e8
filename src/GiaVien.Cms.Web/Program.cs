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
return 0;

/// <summary>Entry point; public and partial so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
