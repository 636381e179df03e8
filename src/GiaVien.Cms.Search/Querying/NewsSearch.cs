using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Runs a search over one tenant's index, or over several at once (the district view) through a MultiReader
/// of their live readers: one query, one ranking, no copied documents. Ties in relevance go to newer news.
/// Ranked by relevance, the best <see cref="RescoreWindow"/> matches of the match query are rescored with the
/// boost query (<see cref="NewsQuery"/>); the total counts every match. With a <see cref="SearchResultsCache"/> (the site's;
/// the search bench runs without one, so it measures every query cold) a page found over the same readers is answered
/// from it.
/// </summary>
public sealed class NewsSearch(NewsQueryBuilder builder, Snippets snippets, IOptions<SearchOptions> options, SearchResultsCache? cache = null)
{
    /// <summary>How many of the best matches the boost query may reorder: pages within it never change order between requests.</summary>
    public const int RescoreWindow = 500;

    // The district view filters every query on "shared": its bit set per segment is kept (per segment core, so
    // refreshed readers reuse the segments that did not change) instead of walking the term's postings each time.
    private static readonly Filter SharedOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(NewsFields.Shared, NewsFields.Yes))));

    private static readonly Sort ByDate = new(new SortField(NewsFields.Date, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    private readonly SearchOptions _options = options.Value;

    /// <param name="sharedOnly">Only items shared with the district (the district view).</param>
    public SearchResults Search(IReadOnlyList<SearchTarget> targets, SearchRequest request, bool sharedOnly)
    {
        var text = request.Query?.Trim() ?? "";
        var pageSize = _options.PageSize;
        if (text.Length == 0)
        {
            return SearchResults.Failed(text, pageSize, SearchProblem.Empty);
        }

        if (text.Length > _options.MaxQueryLength)
        {
            return SearchResults.Failed(text[.._options.MaxQueryLength], pageSize, SearchProblem.TooLong);
        }

        var acquired = targets.Select(t => (Target: t, Searcher: t.Index.Acquire())).Where(a => a.Searcher is not null).ToList();
        MultiReader? multi = null;
        try
        {
            var shown = acquired.Select(a => a.Target).ToList();
            var key = acquired.Count == 0 ? null : cache?.Key(text, Math.Clamp(request.Page, 1, _options.MaxPage), request, sharedOnly, shown,
                acquired.Select(a => a.Searcher!.Value.Searcher.IndexReader).ToList());
            // Looked up before the text is parsed and analysed (a sixth of a repeated search's cost): the key holds the
            // text and the language, the only inputs of the built query, and only a search whose query was built is kept.
            if (cache?.Find(key, shown) is { } kept)
            {
                return kept;
            }

            if (builder.Build(UserQuery.Parse(text), request.Language) is not { } built)
            {
                return SearchResults.Failed(text, pageSize, SearchProblem.NothingToSearch);
            }

            if (acquired.Count == 0)
            {
                return SearchResults.Failed(text, pageSize, SearchProblem.IndexNotReady);
            }

            // Document codes are Vietnamese documents' own: an English search is of English text alone.
            var query = request.Language == Content.Parts.LocalizationPart.English ? built : EnglishQueries.WithoutEnglish(CodeQuery.Widen(built, text));
            var searcher = acquired[0].Searcher!.Value.Searcher;
            if (acquired.Count > 1)
            {
                multi = new MultiReader(acquired.Select(a => a.Searcher!.Value.Searcher.IndexReader).ToArray(), closeSubReaders: false);
                searcher = new IndexSearcher(multi) { Similarity = IndexGeneration.Similarity };
            }

            var (results, hits) = Run(searcher, acquired.Select(a => (a.Target, a.Searcher!.Value.Searcher.IndexReader)).ToList(), query, Filter(request, sharedOnly), request, text);
            cache?.Keep(key, results, hits);
            return results;
        }
        finally
        {
            multi?.Dispose();
            foreach (var (_, searcher) in acquired)
            {
                ISearcherSource.Release(searcher!.Value);
            }
        }
    }

    /// <returns>The results, and whose index (the position in <paramref name="targets"/>) and which path each hit is.</returns>
    private (SearchResults Results, List<(int Target, string Path)> Hits) Run(IndexSearcher searcher, List<(SearchTarget Target, IndexReader Reader)> targets, NewsQuery query, Filter? filter, SearchRequest request, string text)
    {
        var pageSize = _options.PageSize;
        var page = Math.Clamp(request.Page, 1, _options.MaxPage);
        var starts = Starts(targets);
        filter = HiddenTypesByIndex.Wrap(filter, starts, targets.Select(t => t.Target.HiddenTypes).ToList());
        var byRelevance = request.Sort == SearchSort.Relevance;
        var boost = byRelevance ? query.Boost : null;
        var match = ReaderTermStatistics.For(searcher, query.Match);
        var top = byRelevance
            ? ByRelevance(searcher, match, filter, boost is null ? page * pageSize : Math.Max(RescoreWindow, page * pageSize))
            : searcher.Search(match, filter, page * pageSize, Order(request), doDocScores: false, doMaxScore: false);
        if (boost is not null)
        {
            BoostRescorer.Rescore(searcher, boost, top.ScoreDocs);
        }

        var hits = new List<SearchHit>(pageSize);
        var places = new List<(int Target, string Path)>(pageSize);
        var marks = snippets.For(query, request.Language);
        foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var index = ReaderUtil.SubIndex(scoreDoc.Doc, starts);
            var target = targets[index].Target;
            var document = StoredHits.Of(searcher, scoreDoc.Doc);
            var title = document.Get(NewsFields.Title) ?? "";
            var path = document.Get(NewsFields.Path) ?? "";
            places.Add((index, path));
            hits.Add(new SearchHit(
                target.Tenant.Name,
                target.Tenant.DisplayName,
                document.Get(NewsFields.Id),
                document.Get(NewsFields.ContentType),
                title,
                marks.Title(title),
                $"{target.BaseUrl}/{path}",
                marks.Snippet(document.Get(NewsFields.Lead) ?? "", document.Get(NewsFields.Body) ?? ""),
                new DateTime(document.GetField(NewsFields.Date).GetInt64Value() ?? 0, DateTimeKind.Utc),
                document.GetValues(NewsFields.CategoryTitle)));
        }

        return (new SearchResults(text, top.TotalHits, page, pageSize, hits, SearchProblem.None) { Facets = Facets(searcher, match, filter, request.Facets) }, places);
    }

    private static TopDocs ByRelevance(IndexSearcher searcher, Query match, Filter? filter, int count)
    {
        var collector = new RelevanceCollector(count);
        searcher.Search(match, filter, collector);
        return collector.TopDocs();
    }

    private static Sort Order(SearchRequest request) => request switch
    {
        { Sort: SearchSort.Field, SortField: { } field } => new Sort(ByField(field, request.SortDescending), new SortField(NewsFields.Date, SortFieldType.INT64, true)),
        _ => ByDate,
    };

    private static SortField ByField(string field, bool descending)
    {
        // Items without a value sort last both ways: above the greatest ascending, below the smallest descending.
        var sort = new SortField(NewsFields.Sort(field), SortFieldType.STRING, descending);
        sort.SetMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return sort;
    }

    private static IReadOnlyList<FacetCount> Facets(IndexSearcher searcher, Query match, Filter? filter, IReadOnlyList<string> fields)
    {
        if (fields.Count == 0)
        {
            return [];
        }

        var collector = new FacetCollector(fields);
        searcher.Search(match, filter, collector);
        return collector.Counts();
    }

    private static int[] Starts(List<(SearchTarget Target, IndexReader Reader)> targets)
    {
        // Doc ids of a MultiReader are its sub-readers' ids one after another: the start of each tells whose a hit is.
        var starts = new int[targets.Count];
        for (int i = 1, sum = 0; i < targets.Count; i++)
        {
            sum += targets[i - 1].Reader.MaxDoc;
            starts[i] = sum;
        }

        return starts;
    }

    private static Filter? Filter(SearchRequest request, bool sharedOnly)
    {
        var filter = new BooleanQuery();

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            filter.Add(new TermQuery(new Term(NewsFields.Category, request.Category.Trim())), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.ContentType))
        {
            filter.Add(new TermQuery(new Term(NewsFields.ContentType, request.ContentType.Trim())), Occur.MUST);
        }

        foreach (var (field, value) in request.Fields)
        {
            filter.Add(new TermQuery(new Term(NewsFields.Filter(field), ContentDocument.Lower(value))), Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            long? from = request.From is { } f ? VietnameseDates.StartOfDayUtc(f).Ticks : null;
            long? to = request.To is { } t ? VietnameseDates.StartOfDayUtc(t.AddDays(1)).Ticks : null;
            filter.Add(PublishedBetween.Query(from, to), Occur.MUST);
        }

        if (filter.Clauses.Count == 0 && request.HiddenTypes.Count == 0)
        {
            return sharedOnly ? SharedOnly : null;
        }

        if (filter.Clauses.Count == 0)
        {
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        foreach (var hidden in request.HiddenTypes)
        {
            filter.Add(new TermQuery(new Term(NewsFields.ContentType, hidden)), Occur.MUST_NOT);
        }

        if (sharedOnly)
        {
            filter.Add(new TermQuery(new Term(NewsFields.Shared, NewsFields.Yes)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }
}
