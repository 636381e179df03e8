using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Endpoints mapped when routing first asks for them instead of where they are declared. <c>MapRazorPages</c> builds
/// every admin page's descriptor as it is called (it subscribes to the descriptors' change token): about a fifth of
/// the main thread's work before the server listens, for pages nobody asks for during a restart. Declared through
/// <see cref="MapDeferred"/>, that work happens on the first routed request or when <see cref="EndpointsAtStart"/>
/// builds the endpoints once the server listens, whichever comes first.
/// </summary>
public static class DeferredEndpoints
{
    public static void MapDeferred(this IEndpointRouteBuilder endpoints, Action<IEndpointRouteBuilder> map) =>
        endpoints.DataSources.Add(new DeferredEndpointDataSource(endpoints, map));

    private sealed class DeferredEndpointDataSource(IEndpointRouteBuilder host, Action<IEndpointRouteBuilder> map) : EndpointDataSource
    {
        private readonly Lock _mapping = new();
        private CompositeEndpointDataSource? _mapped;

        public override IReadOnlyList<Endpoint> Endpoints => Mapped().Endpoints;

        // Before the first mapping there is nothing to watch. Afterwards the composite around this source has already
        // subscribed, so later changes of the mapped sources (Razor pages added by hot reload in development) are not
        // seen: the running node's pages never change in production.
        public override IChangeToken GetChangeToken() => Volatile.Read(ref _mapped)?.GetChangeToken() ?? NullChangeToken.Singleton;

        private CompositeEndpointDataSource Mapped()
        {
            if (Volatile.Read(ref _mapped) is { } mapped)
            {
                return mapped;
            }

            lock (_mapping)
            {
                if (_mapped is null)
                {
                    var routes = new RouteBuilderBeside(host);
                    map(routes);
                    Volatile.Write(ref _mapped, new CompositeEndpointDataSource(routes.DataSources));
                }

                return _mapped;
            }
        }
    }

    /// <summary>A route builder of its own (so the mapped sources are kept apart), sharing the host's services and pipeline.</summary>
    private sealed class RouteBuilderBeside(IEndpointRouteBuilder host) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => host.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => host.CreateApplicationBuilder();
    }
}
