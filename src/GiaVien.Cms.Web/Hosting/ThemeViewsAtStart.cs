using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// After a start, once the request endpoints are built (<see cref="EndpointsAtStart"/>, on the same thread), makes the
/// theme renderer (Fluid's parser: its grammar is built in the constructor) and parses the district home's views. In a
/// trace of a 1,000-tenant restart the endpoints were built well before the district's shell was active, and the home's
/// first render then built the parser and parsed these views on the way to readiness; here that thread was idle.
/// A failure only loses the head start: the first render parses them and reports what does not parse.
/// </summary>
public static class ThemeViewsAtStart
{
    private static readonly string[] DistrictHomeViews = ["Layout", "Home"];

    public static void Prepare(IServiceProvider services, ILogger logger)
    {
        try
        {
            services.GetRequiredService<ThemeRenderer>().Prepare(DistrictHomeViews);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The district home's theme views could not be parsed after the start; its first render will");
        }
    }
}
