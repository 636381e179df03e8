using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Gives each HTML response its own nonce where a themed page carries <see cref="CspNonce.Placeholder"/>, whether
/// the page was just rendered or comes from the output cache. Sits between compression and the output cache, so it
/// reads the page's own bytes. The response keeps the server's own writer underneath (see
/// <see cref="NonceSubstitutionWriter"/>) and files are still sent by the server, so a response that carries no
/// placeholder costs next to nothing.
/// </summary>
public sealed class NonceSubstitution(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var body = new Body(original, new NonceSubstitutionWriter(original, context));
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context);
            await body.Substitution.Started;
            await body.Substitution.EndAsync();
        }
        finally
        {
            context.Features.Set(original);
        }
    }

    private sealed class Body(IHttpResponseBodyFeature original, NonceSubstitutionWriter writer) : IHttpResponseBodyFeature
    {
        private Stream? _stream;

        public NonceSubstitutionWriter Substitution => writer;

        PipeWriter IHttpResponseBodyFeature.Writer => writer;

        public Stream Stream => _stream ??= writer.AsStream(leaveOpen: true);

        public void DisableBuffering() => original.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            // Starting goes through per-response compression, which may set a Content-Encoding of its own.
            writer.IsStoredCompressed();
            return original.StartAsync(cancellationToken);
        }

        // The file follows what was written, in the same server pipe.
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            writer.ReleaseHeld();
            return original.SendFileAsync(path, offset, count, cancellationToken);
        }

        public async Task CompleteAsync()
        {
            writer.ReleaseHeld();
            await original.CompleteAsync();
        }
    }
}
