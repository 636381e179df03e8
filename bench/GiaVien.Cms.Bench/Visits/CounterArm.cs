namespace GiaVien.Cms.Bench.Visits;

/// <summary>What one run of the visits bench measures.</summary>
internal enum CounterArm
{
    /// <summary>The feature off: no footer totals, no counting.</summary>
    Off,

    /// <summary>The feature on, a browser's visits: every request counted and flushed.</summary>
    On,

    /// <summary>The feature on (the same page as <see cref="On"/>), a crawler's visits: nothing counted, nothing flushed.</summary>
    NotCounted,
}

internal static class CounterArms
{
    /// <summary>
    /// The arms of one round, rotated by one each round, so that over three rounds each runs first, second and third
    /// once and none always follows the same neighbour.
    /// </summary>
    public static IReadOnlyList<CounterArm> InRoundOrder(int round)
    {
        CounterArm[] arms = [CounterArm.On, CounterArm.Off, CounterArm.NotCounted];
        var shift = (round - 1) % arms.Length;
        return [.. arms[shift..], .. arms[..shift]];
    }

    public static string Describe(CounterArm arm) => arm switch
    {
        CounterArm.Off => "counter off",
        CounterArm.On => "counter on",
        _ => "counter on, not counted",
    };
}
