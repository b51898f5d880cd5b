namespace Frontwatch.Extraction;

/// <summary>
/// Splits a report body into sentences. A line break ends a paragraph; '.', '!' and '?' end a
/// sentence when the next word starts a new one, except after abbreviations ("U.S.", "Jan.",
/// "Maj. Gen.", initials). A quotation closing after the stop stays with its sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "brig", "rep", "sen", "gov",
        "st", "mt", "no", "nos", "vs", "etc", "approx", "est", "dept", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order, trimmed of surrounding whitespace.</summary>
    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, paragraph, sentences);
                if (i > start && !string.IsNullOrWhiteSpace(text[start..i])) paragraph++;
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            int end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or '.') end++;
            int next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next >= text.Length || text[next] == '\n') continue; // the line break ends it
            bool spaced = next > end;
            char n = text[next];
            bool opensSentence = char.IsUpper(n) || n is '"' or '“' or '‘' or '(' || char.IsDigit(n) && spaced;
            if (!opensSentence) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            Add(text, start, end, paragraph, sentences);
            start = end;
            i = end - 1;
        }
        Add(text, start, text.Length, paragraph, sentences);
        return sentences;
    }

    // The word before the stop: an abbreviation, a single letter (an initial, "U.S."), or a digit
    // run followed directly by a capital without a space ("Oct. 8.In") is not an abbreviation.
    private static bool IsAbbreviation(string text, int dot)
    {
        int w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 2 >= 0 && char.IsLetter(text[w - 2])))) w--;
        if (w == dot) return false;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true; // "U.S", "e.g"
        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(new Core.TextSpan(start, end), paragraph));
    }
}
