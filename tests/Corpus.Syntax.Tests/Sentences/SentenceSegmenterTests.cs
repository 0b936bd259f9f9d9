using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax.Sentences;

namespace Corpus.Syntax.Tests.Sentences;

/// <summary>The sentence rule of docs/format.md ("Sentences"), case by case.</summary>
public sealed class SentenceSegmenterTests
{
    [Theory]
    [InlineData("Mr. Cha spoke. He left.", "Mr. Cha spoke.|He left.")]
    [InlineData("Defense Secretary Lloyd J. Austin III said so. Then he left.", "Defense Secretary Lloyd J. Austin III said so.|Then he left.")]
    [InlineData("They cannot be happy with the D.P.R.K. piece. Mr. Cha said.", "They cannot be happy with the D.P.R.K. piece.|Mr. Cha said.")]
    [InlineData("He called it “lips and teeth.” But it changed.", "He called it “lips and teeth.”|But it changed.")]
    [InlineData("“Is it over?” she asked. “No.” He left.", "“Is it over?” she asked.|“No.”|He left.")]
    [InlineData("It was done... Then more. Wait … no.", "It was done...|Then more.|Wait … no.")]
    [InlineData("Item No. 5 sold. No. It did not.", "Item No. 5 sold.|No.|It did not.")]
    [InlineData("He won in 2022. 2023 was worse!", "He won in 2022.|2023 was worse!")]
    [InlineData("It ended (finally.) (The end.)", "It ended (finally.)|(The end.)")]
    [InlineData("Look at 𝐀lpha. 𝐀lpha is bold.", "Look at 𝐀lpha.|𝐀lpha is bold.")]
    [InlineData("   spaces around.   Trimmed.  ", "spaces around.|Trimmed.")]
    [InlineData("no end at all", "no end at all")]
    [InlineData("", "")]
    public void Sentences_end_where_the_rule_says(string text, string expected)
    {
        List<SentenceSpan> sentences = SentenceSegmenter.Split(text, 0, text.Length);

        Assert.Equal(expected, string.Join("|", sentences.Select(s => text.Substring(s.Start, s.Length))));
    }

    [Fact]
    public void A_sentence_never_ends_inside_a_protected_range()
    {
        const string text = "He met [A. Smith. Jones] today. Then left.";
        int start = text.IndexOf("A. Smith", System.StringComparison.Ordinal);

        List<SentenceSpan> sentences = SentenceSegmenter.Split(text, 0, text.Length, new[] { (start, start + "A. Smith. Jones".Length) });

        Assert.Equal(new[] { new SentenceSpan(0, 31), new SentenceSpan(32, 10) }, sentences);
    }

    [Fact]
    public void Paragraphs_are_never_joined()
    {
        const string text = "First para ends without a period\n\nSecond. Third.";

        List<SentenceSpan> sentences = SentenceSegmenter.Split(text, new[] { new ParagraphSpan(0, 32), new ParagraphSpan(34, 14) });

        Assert.Equal(new[] { new SentenceSpan(0, 32), new SentenceSpan(34, 7), new SentenceSpan(42, 6) }, sentences);
    }

    [Fact]
    public void A_long_text_is_split_in_linear_time()
    {
        string text = string.Concat(Enumerable.Repeat("Mr. Smith met Dr. Jones. ", 200_000));

        List<SentenceSpan> sentences = SentenceSegmenter.Split(text, 0, text.Length, Enumerable.Range(0, 100_000).Select(i => (i * 25, i * 25 + 8)).ToList());

        Assert.Equal(200_000, sentences.Count);
    }
}
