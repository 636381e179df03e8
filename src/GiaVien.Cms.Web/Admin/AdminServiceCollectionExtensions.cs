using GiaVien.Cms.Admin;

namespace GiaVien.Cms.Web.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) =>
        services.AddScoped<ContentEditorForm>().AddSingleton<IScriptNonce, HostScriptNonce>();
}
