using System.Collections.Generic;
using Corpus.Syntax.Sentences;

namespace Corpus.Cli.Text;

/// <summary>
/// Groups a paragraph's tokens into the sentences of Corpus.Syntax's
/// <see cref="SentenceSegmenter"/>, the rule the build uses for <c>Article.Sentences</c>, so
/// the exports and the library agree. Sentence ends fall at white space, which no token
/// crosses.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences of <c>text[start..end)</c> as [first, end) token index ranges.</summary>
    public static List<(int First, int End)> Split(string text, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> protectedRanges)
    {
        var result = new List<(int, int)>();
        int first = 0;
        foreach (SentenceSpan sentence in SentenceSegmenter.Split(text, start, end, protectedRanges))
        {
            int last = first;
            while (last < tokens.Count && tokens[last].Start < sentence.End)
            {
                last++;
            }

            if (last > first)
            {
                result.Add((first, last));
            }

            first = last;
        }

        if (first < tokens.Count)
        {
            result.Add((first, tokens.Count));
        }

        return result;
    }
}
