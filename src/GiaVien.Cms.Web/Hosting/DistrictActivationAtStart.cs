namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Whether the district shell's activation that <see cref="TenantRecordsAtStart"/> begins after a start has ended
/// (activated or failed), or will not happen (no running district, or the records could not be read), for what waits
/// for it (<see cref="ListeningAfterDistrictShell"/>).
/// </summary>
public sealed class DistrictActivationAtStart
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WhenEnded => _ended.Task;

    public void Ended() => _ended.TrySetResult();
}
