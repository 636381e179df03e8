using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>When this process first opens a tenant, queues again the files its previous run left unread (<see cref="PendingExtractions"/>).</summary>
internal sealed class PendingExtractionsResumption(DocumentTextExtraction extraction) : IShellActivation
{
    public Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        extraction.Resume(shell);
        return Task.CompletedTask;
    }
}
