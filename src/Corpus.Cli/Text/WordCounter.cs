using System.Text;

namespace Corpus.Cli.Text;

/// <summary>
/// The word count of <c>corpus stats</c> and the rendered index: runs of non-white-space
/// characters that hold at least one letter or digit. So "China’s", "75-year-old" and
/// "“lips" are one word each, and a dash, an ellipsis or an emoji standing alone is none.
/// (The CoNLL-U tokenizer splits finer, which would count a possessive ’s as a word.)
/// </summary>
internal static class WordCounter
{
    public static int Count(string text)
    {
        int words = 0;
        bool inChunk = false, hasLetter = false;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                words += inChunk && hasLetter ? 1 : 0;
                inChunk = hasLetter = false;
                continue;
            }

            inChunk = true;
            hasLetter |= Rune.IsLetterOrDigit(rune);
        }

        return words + (inChunk && hasLetter ? 1 : 0);
    }
}
