namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Waits for something another process or node makes true, up to a deadline the product promises.</summary>
public static class Eventually
{
    public static async Task ThatAsync(Func<Task<bool>> condition, TimeSpan within, string failure)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // A node still starting refuses connections: keep waiting.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{failure} within {within.TotalSeconds:0.#} s");
            }

            await Task.Delay(50);
        }
    }
}
