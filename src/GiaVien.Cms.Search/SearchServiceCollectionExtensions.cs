using System.Threading.RateLimiting;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The rate-limiting policy of the search endpoints: a fixed window per client IP address.</summary>
    public const string RateLimitPolicy = "search";

    public const string TooManyRequestsMessage = "Bạn tìm kiếm quá nhanh, vui lòng đợi vài giây rồi thử lại.";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Cms:Search");
        services.AddSingleton<VietnameseAnalyzer>();
        services.AddSingleton<ContentDocuments>();
        services.AddContentIndexContributor<NewsPartIndexContributor>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<NewsQueryBuilder>();
        services.AddSingleton<Snippets>();
        services.AddSingleton<SearchResultsCache>();
        services.AddSingleton<NewsSearch>();
        services.AddSingleton<DistrictSharing>();
        services.AddSingleton<SwitchedOffTypes>();
        services.AddScoped<SearchScopes>();
        services.AddHostedService<ChangeLogPoller>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "10";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    return; // the API's error middleware answers with problem details
                }

                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManyRequestsMessage, cancellationToken);
            };
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 });
            });
        });
        return services;
    }

    /// <summary>Lets a part or a module add to the search document of every item (see <see cref="IContentIndexContributor"/>).</summary>
    public static IServiceCollection AddContentIndexContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IContentIndexContributor
    {
        services.AddSingleton<IContentIndexContributor, TContributor>();
        return services;
    }
}
