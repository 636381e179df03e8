using System.Globalization;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// How far an index has applied the tenant's change log, saved in every Lucene commit. On PostgreSQL a
/// transaction can commit after one that took a later sequence number, so skipped numbers are remembered as
/// holes and looked for again until <see cref="HoleLifetime"/> says they were rolled back, never committed.
/// </summary>
public sealed class ChangeCursor
{
    public static readonly TimeSpan HoleLifetime = TimeSpan.FromMinutes(10);
    private const int MaxHoles = 1000;

    private readonly Dictionary<long, DateTime> _holes = [];

    public ChangeCursor(long applied) => Applied = applied;

    /// <summary>Every entry up to here has been applied, except the holes.</summary>
    public long Applied { get; private set; }

    public IReadOnlyCollection<long> Holes => _holes.Keys;

    /// <summary>Records that the entries with these sequence numbers (read in ascending order) are applied.</summary>
    public void Advance(IEnumerable<long> sequences, DateTime nowUtc)
    {
        foreach (var sequence in sequences)
        {
            if (_holes.Remove(sequence) || sequence <= Applied)
            {
                continue;
            }

            for (var missing = Math.Max(Applied + 1, sequence - MaxHoles); missing < sequence; missing++)
            {
                _holes[missing] = nowUtc;
            }

            Applied = sequence;
        }

        foreach (var expired in _holes.Where(h => nowUtc - h.Value > HoleLifetime).Select(h => h.Key).ToList())
        {
            _holes.Remove(expired);
        }
    }

    public const string SequenceKey = "seq";
    public const string HolesKey = "holes";

    public void WriteTo(IDictionary<string, string> commitData)
    {
        commitData[SequenceKey] = Applied.ToString(CultureInfo.InvariantCulture);
        commitData[HolesKey] = string.Join(',', _holes.Keys.Order().Select(h => h.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The cursor saved in a commit; holes restart their lifetime from <paramref name="nowUtc"/>.</summary>
    public static ChangeCursor ReadFrom(IDictionary<string, string>? commitData, DateTime nowUtc)
    {
        var cursor = new ChangeCursor(commitData is not null && commitData.TryGetValue(SequenceKey, out var seq) ? long.Parse(seq, CultureInfo.InvariantCulture) : 0);
        if (commitData is not null && commitData.TryGetValue(HolesKey, out var holes))
        {
            foreach (var hole in holes.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                cursor._holes[long.Parse(hole, CultureInfo.InvariantCulture)] = nowUtc;
            }
        }

        return cursor;
    }
}
