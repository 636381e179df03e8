using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

public static class LoopbackKestrel
{
    /// <summary>
    /// Puts a test host on Kestrel at a free 127.0.0.1 port. Not <c>UseKestrel(0)</c>: that sets the port by rewriting
    /// the server's address list after the app has begun starting Kestrel on its own thread, and when Kestrel binds
    /// first the rewrite throws "IServerAddressesFeature.Addresses cannot be modified after the server has started"
    /// (dotnet/aspnetcore#67714; it failed a CI run here). A listen endpoint in Kestrel's options is read before it binds.
    /// </summary>
    public static void ListenOnFreeLoopbackPort<TEntryPoint>(this WebApplicationFactory<TEntryPoint> host)
        where TEntryPoint : class
        => host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
}
