using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>
/// A document is indexed before its file is read (the file's text is read in the background, then the document is
/// indexed again). A node that stops in between, with the file still queued, must not leave the document unfindable
/// by the words inside its file: the next run reads the file and has the document indexed again.
/// </summary>
public sealed class ExtractionAfterRestartTests
{
    // Only inside the PDF of the district's decision 125/QĐ-UBND, never in the recipe's metadata.
    private const string PhraseInsidePdf = "%22c%C3%A1nh%20%C4%91%E1%BB%93ng%20sen%20%C4%90%E1%BA%A7m%20C%C3%BAt%22";

    [Fact]
    public async Task A_file_still_queued_when_the_node_stopped_is_read_by_the_next_run_and_its_document_found_by_its_text()
    {
        // The first run has no file reader at all: its documents are indexed by their fields and their files stay
        // queued, as on a node stopped before it got to them.
        var first = await new CmsHost(DatabaseProvider.Sqlite, services: WithoutFileReader).StartAsync();
        CmsHost? second = null;
        try
        {
            var resident = first.Browser();
            await resident.SearchUntilAsync("/api/search?q=125%2FQ%C4%90-UBND", r => r.Total() >= 1);
            Assert.Equal(0, (await resident.SearchAsync($"/api/search?q={PhraseInsidePdf}")).Total());
            await first.DisposeAsync();

            second = await new CmsHost(DatabaseProvider.Sqlite, first.DataPath, first.DatabaseName).StartAsync();
            var reader = second.Browser();
            JsonElement found = default;
            await Eventually.ThatAsync(async () => (found = await reader.SearchAsync($"/api/search?q={PhraseInsidePdf}")).Total() == 1,
                TimeSpan.FromSeconds(90), "The next run never read the file left queued, or never indexed its document again");
            Assert.Contains("125/QĐ-UBND", Assert.Single(found.Results()).GetProperty("title").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await first.DisposeAsync();
            await DemoHost.DeleteDataAsync(first);
        }
    }

    private static void WithoutFileReader(IServiceCollection services)
    {
        var reader = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "ExtractionWorker");
        services.Remove(reader);
    }
}
