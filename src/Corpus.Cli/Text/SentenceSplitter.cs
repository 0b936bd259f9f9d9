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
    /// <summary>
    /// The paragraph's sentences as [first, end) ranges of its tokens. <paramref name="sentences"/>
    /// are the article's (found once, <see cref="SentenceSegmenter.Split(string, IReadOnlyList{Corpus.Syntax.ParagraphSpan}, IReadOnlyList{System.ValueTuple{int, int}})"/>);
    /// <paramref name="next"/> is the index of the paragraph's first one and moves past its last.
    /// </summary>
    public static List<(int First, int End)> Split(IReadOnlyList<SentenceSpan> sentences, ref int next, int paragraphEnd, IReadOnlyList<Token> tokens)
    {
        var result = new List<(int, int)>();
        int first = 0;
        for (; next < sentences.Count && sentences[next].Start < paragraphEnd; next++)
        {
            SentenceSpan sentence = sentences[next];
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
