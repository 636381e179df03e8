using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// Normalises where the tone mark sits in the open syllables oa, oe and uy, which Vietnamese writes both
/// ways: old style "hoà, khoẻ, thuỷ" and new style "hòa, khỏe, thủy". Tokens are brought to the new style so
/// both spellings are one term. "quý" is left alone: there the u belongs to the consonant "qu".
/// Expects lowercase input.
/// </summary>
public sealed class ToneMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ToneMarkFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        Normalize(_term.Buffer, _term.Length);
        return true;
    }

    /// <summary>Moves a tone from the last vowel to the one before it, in place, when the syllable calls for it.</summary>
    public static void Normalize(char[] buffer, int length)
    {
        if (length < 2)
        {
            return;
        }

        var first = buffer[length - 2];
        var last = buffer[length - 1];
        var tone = ToneOf(last, out var bare);
        if (tone < 0)
        {
            return;
        }

        var pairs = (first, bare) is ('o', 'a') or ('o', 'e') || (first == 'u' && bare == 'y' && (length < 3 || buffer[length - 3] != 'q'));
        if (!pairs)
        {
            return;
        }

        buffer[length - 2] = first == 'o' ? TonedO[tone] : TonedU[tone];
        buffer[length - 1] = bare;
    }

    // Tones in the order grave, acute, hook above, tilde, dot below.
    private const string TonedA = "àáảãạ";
    private const string TonedE = "èéẻẽẹ";
    private const string TonedY = "ỳýỷỹỵ";
    private const string TonedO = "òóỏõọ";
    private const string TonedU = "ùúủũụ";

    private static int ToneOf(char c, out char bare)
    {
        bare = c;
        if (c < '\u00C0')
        {
            return -1;
        }

        int index;
        if ((index = TonedA.IndexOf(c, StringComparison.Ordinal)) >= 0)
        {
            bare = 'a';
        }
        else if ((index = TonedE.IndexOf(c, StringComparison.Ordinal)) >= 0)
        {
            bare = 'e';
        }
        else if ((index = TonedY.IndexOf(c, StringComparison.Ordinal)) >= 0)
        {
            bare = 'y';
        }

        return index;
    }
}
