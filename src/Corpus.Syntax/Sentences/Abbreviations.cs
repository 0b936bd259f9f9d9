using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Sentences;

/// <summary>
/// Words whose final period is part of the word, not the end of a sentence: titles
/// (<c>Mr.</c>, <c>Gen.</c>), company suffixes (<c>Inc.</c>), months (<c>Sept.</c>), Latin
/// (<c>e.g.</c>), initials (<c>J.</c>) and dotted acronyms (<c>U.S.</c>, <c>D.P.R.K.</c>).
/// One definition for the sentence segmenter and the CLI's tokenizer.
/// </summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon",
        "Inc", "Ltd", "Co", "Corp", "Bros", "vs", "etc", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "cf", "al",
    };

    /// <summary>Abbreviations only before a number (<c>No. 1</c>, <c>Vol. 2</c>): "No." alone is a word and a sentence.</summary>
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal) { "No", "Nos", "Vol", "pp", "Fig", "Art" };

    /// <summary>
    /// Whether the period at <paramref name="dot"/> belongs to the word <c>text[start..dot)</c>.
    /// <paramref name="nextIsNumber"/> says whether the next word starts with a digit.
    /// </summary>
    public static bool OwnsPeriod(string text, int start, int dot, bool nextIsNumber = false)
    {
        if (dot <= start)
        {
            return false;
        }

        string word = text.Substring(start, dot - start);
        if (Words.Contains(word) || (nextIsNumber && BeforeNumbers.Contains(word)))
        {
            return true;
        }

        // Initials and dotted acronyms: J. / U.S. / D.P.R.K. (a letter, then period-letter pairs).
        for (int i = 0; i < word.Length; i++)
        {
            bool letterPosition = i % 2 == 0;
            if (letterPosition ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1 && (word.Length > 1 || char.IsUpper(word[0]));
    }
}
