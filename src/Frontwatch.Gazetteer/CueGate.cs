namespace Frontwatch.Gazetteer;

/// <summary>
/// The first two characters a cue's matches can begin with, as a bit table: one look-up rules out
/// most word starts before the cue's own test (<see cref="CueScan"/>) reads the word.
/// </summary>
internal sealed class CueGate
{
    // Bit (first * 128 + second) for ASCII first and second characters.
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64];

    /// <summary>
    /// A gate admitting the words that begin with one of <paramref name="beginnings"/>, in either
    /// case: "cl" admits "close" and "CLOSE"; "7" admits every word starting with 7; "a " admits
    /// the one-character word "a", that is "a" followed by anything but an ASCII letter or digit.
    /// </summary>
    public CueGate(params string[] beginnings)
    {
        foreach (string beginning in beginnings)
        {
            if (beginning.Length is not (1 or 2) || !char.IsAsciiLetterOrDigit(beginning[0]))
                throw new ArgumentException($"a beginning is one or two characters, the first an ASCII letter or digit: '{beginning}'", nameof(beginnings));
            for (int second = 0; second < 128; second++)
            {
                bool admitted = beginning.Length == 1
                    || (beginning[1] == ' ' ? !char.IsAsciiLetterOrDigit((char)second) : char.ToLowerInvariant((char)second) == beginning[1]);
                if (!admitted) continue;
                Set(char.ToLowerInvariant(beginning[0]), second);
                Set(char.ToUpperInvariant(beginning[0]), second);
            }
        }
    }

    /// <summary>A gate admitting the starts this one or <paramref name="other"/> admits.</summary>
    public CueGate Or(CueGate other)
    {
        var either = new CueGate();
        for (int i = 0; i < _pairs.Length; i++) either._pairs[i] = _pairs[i] | other._pairs[i];
        return either;
    }

    /// <summary>
    /// Whether a cue can begin at <paramref name="start"/>, an ASCII letter or digit; a start whose
    /// second character lies outside ASCII, or at the text's end, is admitted, to be judged in full.
    /// </summary>
    public bool Admits(string text, int start)
    {
        int first = text[start];
        if (first >= 128 || start + 1 >= text.Length) return true;
        int second = text[start + 1];
        if (second >= 128) return true;
        int bit = first * 128 + second;
        return (_pairs[bit >> 6] & (1UL << bit)) != 0;
    }

    private void Set(int first, int second)
    {
        int bit = first * 128 + second;
        _pairs[bit >> 6] |= 1UL << bit;
    }
}
