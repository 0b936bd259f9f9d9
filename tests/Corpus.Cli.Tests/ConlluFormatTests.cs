using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// The CoNLL-U export against the format's specification (<see cref="ConlluValidator"/>):
/// no clash with CorefUD's <c>Entity</c>, possessives tokenised as UD does, and paragraph
/// numbers that agree with the JSON Lines export.
/// </summary>
public sealed class ConlluFormatTests
{
    [Theory]
    [InlineData("real")]
    [InlineData("unicode")]
    public void The_export_passes_the_format_checks(string corpus)
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", corpus == "real" ? TestPaths.RealCorpus : TestPaths.Fixture(corpus), "--format", "conllu", "--out", temp.Path);

        Assert.Empty(ConlluValidator.Validate(File.ReadAllText(temp.Combine("corpus.conllu"))));
    }

    [Fact]
    public void The_format_checks_catch_what_the_specification_forbids()
    {
        string conllu =
            "# sent_id = s1\n# text = Xi spoke.\n1\tXi\t_\t_\t_\t_\t_\t_\t_\tEntity=(e1)\n2\tspoke\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
            "# sent_id = s1\n# text = Yes\n1\tYes\t_\t_\t_\t_\t_\t_\t_\tBad\n\n" +
            "# sent_id = s3\n# text = No\n1\tNo\t_\t_\t_\t_\t_\t_\t_\t_\n";

        Assert.Equal(
            new[]
            {
                "line 13: the file must end with the blank line after its last sentence",
                "line 3: 'Entity' in MISC without a '# global.Entity' comment (CorefUD's key)",
                "line 5: ID '4' where 3 was expected",
                "line 1: the forms spell 'Xi spoke .' but '# text' is 'Xi spoke.'",
                "line 9: MISC attribute 'Bad' is not Key=Value",
                "line 7: sent_id 's1' is not unique",
                "line 13: the last sentence has no blank line after it",
            },
            ConlluValidator.Validate(conllu));
    }

    [Fact]
    public void A_possessive_after_a_mention_is_one_token()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "conllu", "--out", temp.Path);
        List<ConlluDocument> documents = ConlluDocument.Read(File.ReadAllText(temp.Combine("corpus.conllu")));
        List<ConlluDocument.Token> tokens = documents.SelectMany(d => d.Tokens).ToList();

        // "[Russia]{@russia}’s": the mention ends before the possessive, which stays "’s".
        Assert.DoesNotContain(tokens.Zip(tokens.Skip(1)), pair => pair.First.Form == "’" && pair.Second.Form == "s");
        int after = tokens.Zip(tokens.Skip(1)).Count(pair => pair.Second.Form == "’s" && pair.First.Misc.ContainsKey("Mention") && pair.First.End == pair.Second.Start);
        Assert.Equal(32, after);
        Assert.Equal(36, tokens.Count(t => t.Form == "’s"));
        ConlluDocument.Token russia = tokens.First(t => t.Form == "Russia" && tokens[tokens.IndexOf(t) + 1].Form == "’s");
        Assert.Equal("B-country:russia", russia.Misc["Mention"]);
        Assert.False(tokens[tokens.IndexOf(russia) + 1].Misc.ContainsKey("Mention"));
    }

    [Fact]
    public void Newpar_ids_number_paragraphs_as_the_jsonl_quotes_do()
    {
        using var conllu = new TempDirectory();
        using var jsonl = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "conllu", "--out", conllu.Path);
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", jsonl.Path);
        Dictionary<string, ConlluDocument> documents = ConlluDocument.Read(File.ReadAllText(conllu.Combine("corpus.conllu"))).ToDictionary(d => d.Id);

        int checkedQuotes = 0;
        foreach (string line in File.ReadAllLines(jsonl.Combine("articles.jsonl")))
        {
            JsonElement article = JsonDocument.Parse(line).RootElement;
            ConlluDocument document = documents[article.GetProperty("id").GetString()!];
            JsonElement[] paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToArray();
            foreach (JsonElement quote in article.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("field").GetString() == "body"))
            {
                int paragraph = quote.GetProperty("paragraph").GetInt32();
                int start = quote.GetProperty("start").GetInt32();
                ConlluDocument.Token first = document.Tokens.First(t => t.Start == start);
                Assert.Equal(document.Id + "-p" + paragraph, first.Paragraph);
                Assert.InRange(start, paragraphs[paragraph].GetProperty("start").GetInt32(), paragraphs[paragraph].GetProperty("end").GetInt32());
                checkedQuotes++;
            }

            Assert.Equal(document.Id + "-p0", document.Tokens[0].Paragraph);
        }

        Assert.Equal(38, checkedQuotes);
    }
}
