namespace GiaVien.Cms.Web.Setup;

public static class SetupServiceCollectionExtensions
{
    public static IServiceCollection AddFirstRunSetup(this IServiceCollection services) => services.AddHostedService<FirstRunSetup>();
}
