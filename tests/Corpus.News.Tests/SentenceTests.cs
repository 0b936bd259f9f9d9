using System;
using System.IO;
using System.Linq;
using Corpus.Model;
using Corpus.News;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// The library's sentences are the build's segmentation, the same as Corpus.Syntax's (whose
/// expected output lists every sentence of both seed articles, each boundary reviewed), and
/// quotes and mentions point to the sentence and the place they were written in.
/// </summary>
public sealed class SentenceTests
{
    [Fact]
    public void Every_sentence_of_both_articles_is_the_reviewed_one()
    {
        string expected = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Corpus.Syntax.Tests", "Fixtures", "sentences", "seed-articles.expected.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);

        string actual = string.Concat(Articles.All.SelectMany(a => a.Sentences.Select(s => a.Id + " p" + s.Paragraph.Index + ": " + s.Text + "\n")));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_quote_knows_its_sentence_location_and_the_mentions_inside_it()
    {
        Quote cha = People.VictorCha.Quotes.Single(q => q.Text.StartsWith("China is caught", StringComparison.Ordinal));

        Assert.Equal(new SourceLocation("articles/china-may-chafe.txt", cha.Location.Line, cha.Location.Column, TextField.Body), cha.Location);
        Assert.True(cha.Sentence!.Text.StartsWith("“China is caught between paralysis and incompetence on this.", StringComparison.Ordinal), cha.Sentence.Text);
        Assert.Equal(new[] { "china", "russia", "north-korea" }, cha.Mentions.Select(m => m.Entity.Id));
        Assert.All(cha.Mentions, m => Assert.Same(cha.Sentences.First(s => s.Start <= m.Start && m.Start < s.Start + s.Length), m.Sentence));
        string line = File.ReadAllLines(Path.Combine(RepositoryRoot(), "corpus", "articles", "china-may-chafe.txt"))[cha.Location.Line - 1];
        // A quotation's location is its annotation, where the author attributed it.
        Assert.Equal("{@victor-cha}", line.Substring(cha.Location.Column - 1, "{@victor-cha}".Length));
    }

    [Fact]
    public void Every_mention_s_location_points_at_its_annotation_in_the_file()
    {
        foreach (Article article in Articles.All)
        {
            string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "corpus", article.Mentions[0].Location.Path));
            foreach (Mention mention in article.Mentions)
            {
                // A mention is written [surface]{@id}: its location is the '['.
                Assert.Equal('[', lines[mention.Location.Line - 1][mention.Location.Column - 1]);
            }
        }
    }

    [Fact]
    public void Lookups_by_surface_and_the_reverse_relations()
    {
        Assert.Equal(new[] { "victor-cha" }, Entities.Find("Mr. Cha").Select(e => e.Id));
        Assert.Equal(new[] { "victor-cha" }, Entities.Find("mr. cha").Select(e => e.Id));
        Assert.Empty(Entities.Find("Mr. Nobody"));
        Assert.Contains(People.VictorCha, Organizations.GeorgetownUniversity.Members);
        Assert.Equal(new[] { "china-may-chafe" }, Organizations.NewYorkTimes.SourceOf.Select(a => a.Id));
        Assert.Empty(Organizations.NewYorkTimes.QuotedIn);
        Assert.Equal(People.VictorCha.QuotedIn, People.VictorCha.MentionedIn);
    }

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Corpus.Generator.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
