using System.Collections.Concurrent;
using System.Collections.Frozen;
using Fluid;

namespace GiaVien.Cms.Themes;

/// <summary>
/// How the theme's templates read the members of the view models (<c>{{ item.date_line }}</c>). A type's public
/// properties and fields are listed once, by Fluid itself, the first time a template reads a member of that type; every
/// later read is a look-up of the type and then of the name, and a name the type lacks (a member a template reads only
/// when it is there, or one a tenant's template makes up) is answered "none" the same way. Fluid's
/// <see cref="UnsafeMemberAccessStrategy"/>, used before, hashed a (type, name) pair on every read and, for a name the
/// type lacks, searched the type's base types and its interfaces (a new array each time), twice per read: member reads
/// were 14 % of an uncached home page's CPU. The answers are Fluid's own accessors, so what a page shows is unchanged.
/// </summary>
public sealed class ViewModelMemberAccess : MemberAccessStrategy
{
    // Keyed by type only: the set of types is the product's (a template cannot make a type up), so it stays small.
    private readonly ConcurrentDictionary<Type, TypeMembers> _types = new();

    public override IMemberAccessor? GetAccessor(Type type, string name) =>
        (_types.TryGetValue(type, out var members) ? members : _types.GetOrAdd(type, OwnMembers)).Find(name);

    /// <summary>Adds or replaces accessors of <paramref name="type"/> (Fluid's <c>Register</c> extensions end here).</summary>
    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors)
    {
        var added = accessors.ToList();
        _types.AddOrUpdate(type,
            static (type, state) => state.self.OwnMembers(type).With(state.added, state.self.NameComparer),
            static (_, known, state) => known.With(state.added, state.self.NameComparer),
            (self: this, added));
    }

    /// <summary>The type's public properties and fields as Fluid lists them, named by this strategy's name strategy.</summary>
    private TypeMembers OwnMembers(Type type)
    {
        var listed = new ListedMembers { MemberNameStrategy = MemberNameStrategy };
        listed.Register(type);
        return TypeMembers.Of(listed.Accessors, NameComparer);
    }

    private StringComparer NameComparer => IgnoreCasing ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Only receives what Fluid's <c>Register(type)</c> lists, so the lists are Fluid's own.</summary>
    private sealed class ListedMembers : MemberAccessStrategy
    {
        public List<KeyValuePair<string, IMemberAccessor>> Accessors { get; } = [];

        public override IMemberAccessor? GetAccessor(Type type, string name) => throw new NotSupportedException();

        public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors) => Accessors.AddRange(accessors);
    }

    /// <param name="Any">An accessor registered for any name ("*"), used when the name has none of its own.</param>
    private sealed record TypeMembers(FrozenDictionary<string, IMemberAccessor> Named, IMemberAccessor? Any)
    {
        private const string AnyName = "*";

        public IMemberAccessor? Find(string name) => Named.TryGetValue(name, out var accessor) ? accessor : Any;

        public static TypeMembers Of(IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors, StringComparer comparer) =>
            new(accessors.Where(a => a.Key != AnyName).ToFrozenDictionary(comparer),
                accessors.LastOrDefault(a => a.Key == AnyName).Value);

        public TypeMembers With(IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors, StringComparer comparer)
        {
            var merged = new Dictionary<string, IMemberAccessor>(Named, comparer);
            foreach (var (name, accessor) in accessors)
            {
                merged[name] = accessor;
            }

            if (Any is not null && !merged.ContainsKey(AnyName))
            {
                merged[AnyName] = Any;
            }

            return Of(merged, comparer);
        }
    }
}
