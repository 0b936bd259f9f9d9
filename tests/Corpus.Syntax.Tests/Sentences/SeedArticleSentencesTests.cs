using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Sentences;

namespace Corpus.Syntax.Tests.Sentences;

/// <summary>
/// Every sentence of the seed articles (corpus/articles, their plain text as the parser gives
/// it, mentions protected) against a reviewed file, Fixtures/sentences/seed-articles.expected.txt: one
/// line per sentence, <c>article pN: text</c>. The file was read by eye, boundary by boundary
/// (initials such as "Lloyd J. Austin" and "Victor D. Cha", "D.P.R.K.", quotations ending in
/// <c>.”</c>, ellipses). On a difference the test writes seed-articles.received.txt
/// beside it; <c>ACCEPT_SNAPSHOTS=1</c> overwrites the expected file instead.
/// </summary>
public sealed class SeedArticleSentencesTests
{
    [Fact]
    public void Every_sentence_of_the_seed_articles_is_as_reviewed()
    {
        string actual = Describe();
        string copied = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sentences", ExpectedFile);
        string expected = File.Exists(copied) ? File.ReadAllText(copied).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        string folder = FixtureFolder();
        string expectedPath = Path.Combine(folder, ExpectedFile);
        string receivedPath = Path.Combine(folder, ExpectedFile.Replace(".expected.", ".received.", StringComparison.Ordinal));
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
            {
                File.WriteAllText(expectedPath, actual);
                return;
            }

            File.WriteAllText(receivedPath, actual);
        }

        Assert.Equal(expected, actual);
    }

    private static string Describe()
    {
        var text = new StringBuilder();
        string folder = Path.Combine(AppContext.BaseDirectory, "RealCorpus", "articles");
        foreach (string path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            ArticleFile article = ArticleParser.Parse(path, File.ReadAllText(path));
            var mentions = article.Mentions.Where(m => m.Field == ArticleFields.Body).Select(m => (m.Start, m.Start + m.Length)).ToList();
            List<SentenceSpan> sentences = SentenceSegmenter.Split(article.Body, article.Paragraphs, mentions);
            int paragraph = 0;
            foreach (SentenceSpan sentence in sentences)
            {
                while (article.Paragraphs[paragraph].Start + article.Paragraphs[paragraph].Length < sentence.Start)
                {
                    paragraph++;
                }

                text.Append(Path.GetFileNameWithoutExtension(path)).Append(" p").Append(paragraph).Append(": ")
                    .Append(article.Body, sentence.Start, sentence.Length).Append('\n');
            }
        }

        return text.ToString();
    }

    private const string ExpectedFile = "seed-articles.expected.txt";

    /// <summary>The fixture's folder in the source tree, or the output folder's copy when the build maps source paths (CI).</summary>
    private static string FixtureFolder([CallerFilePath] string path = "")
    {
        string source = Path.Combine(Path.GetDirectoryName(path)!, "..", "Fixtures", "sentences");
        return Directory.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "Fixtures", "sentences");
    }
}
