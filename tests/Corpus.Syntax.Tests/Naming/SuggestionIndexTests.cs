using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Tests.Reliability;

namespace Corpus.Syntax.Tests.Naming;

/// <summary>
/// The id index answers exactly what the plain scan (<see cref="Suggestions.Nearest"/>) answers,
/// and a corpus of many entities and many unknown references is reported in near-linear time.
/// </summary>
public sealed class SuggestionIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_index_gives_the_answer_of_the_plain_scan(int seed)
    {
        var random = new Random(seed);
        // A small alphabet makes near neighbours, ties and shared prefixes common.
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => "abc-1"[random.Next(5)]).ToArray());
        List<string> candidates = Enumerable.Range(0, 300).Select(_ => Word(random.Next(1, 12))).ToList();
        var index = new SuggestionIndex(candidates);

        for (int k = 0; k < 2_000; k++)
        {
            string word = k % 3 == 0 ? Mutate(candidates[random.Next(candidates.Count)], random) : Word(random.Next(0, 14));
            Assert.Equal(Suggestions.Nearest(word, candidates), index.Nearest(word));
            Assert.Equal(Suggestions.Nearest(word, candidates), index.Nearest(word)); // the remembered answer
        }
    }

    [Fact]
    public void Ties_go_to_the_ordinally_first_and_long_words_get_no_suggestion()
    {
        var index = new SuggestionIndex(new[] { "victor-chb", "victor-cha", "victor-chc" });

        Assert.Equal("victor-cha", index.Nearest("victor-chx"));
        Assert.Equal("victor-cha", index.Nearest("victr-cha"));
        Assert.Null(index.Nearest("completely-different"));
        Assert.Null(new SuggestionIndex(new[] { new string('a', 65) }).Nearest(new string('a', 64) + "b"));
        Assert.Null(Suggestions.Nearest(new string('a', 64) + "b", new[] { new string('a', 65) }));
        Assert.Equal(new string('a', 64), Suggestions.Nearest(new string('a', 63) + "b", new[] { new string('a', 64) }));
        Assert.Null(new SuggestionIndex(Array.Empty<string>()).Nearest("x"));
    }

    [Fact]
    public void Unknown_ids_are_suggested_in_near_linear_time()
    {
        // n entities with ids like real ones, and n references, each to a distinct misspelled id.
        static string Corpus(int n)
        {
            var registry = new StringBuilder();
            var article = new StringBuilder("---\ntitle: T\n---\n");
            for (int i = 0; i < n; i++)
            {
                string id = Id(i);
                registry.Append('@').Append(id).Append(" person\nname: N\n\n");
                article.Append("[N]{@").Append(id.Substring(0, id.Length - 1)).Append("x}\n");
            }

            return registry + "\u001C" + article;
        }

        LinearTime.Assert(Corpus, text => Compile(text), 20_000);

        CorpusCompilation compilation = Compile(Corpus(3));
        Assert.Equal(
            new[]
            {
                "corpus/article.txt(4,5): error CG0300: Unknown entity '@" + Id(0)[..^1] + "x' (did you mean '@" + Id(0) + "'?)",
                "corpus/article.txt(5,5): error CG0300: Unknown entity '@" + Id(1)[..^1] + "x' (did you mean '@" + Id(1) + "'?)",
                "corpus/article.txt(6,5): error CG0300: Unknown entity '@" + Id(2)[..^1] + "x' (did you mean '@" + Id(2) + "'?)",
            },
            compilation.Diagnostics.Where(d => d.Id == "CG0300").Select(d => d.ToMSBuildString()));
    }

    [Fact]
    public void One_unknown_id_used_many_times_is_searched_once()
    {
        static string Corpus(int n)
        {
            var registry = new StringBuilder();
            for (int i = 0; i < 500; i++)
            {
                registry.Append('@').Append(Id(i)).Append(" person\nname: N\n\n");
            }

            var article = new StringBuilder("---\ntitle: T\n---\n");
            for (int i = 0; i < n; i++)
            {
                article.Append("[N]{@renamed-person}\n");
            }

            return registry + "\u001C" + article;
        }

        LinearTime.Assert(Corpus, text => Compile(text), 50_000);
    }

    /// <summary>Ids shaped like a real registry's: one to three words of letters, some with digits.</summary>
    internal static string Id(int i)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        var random = new Random(i);
        var id = new StringBuilder();
        int words = 1 + random.Next(3);
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                id.Append('-');
            }

            int length = 3 + random.Next(6);
            for (int k = 0; k < length; k++)
            {
                id.Append(Letters[random.Next(Letters.Length)]);
            }
        }

        return id.Append('-').Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    private static CorpusCompilation Compile(string corpus)
    {
        string[] parts = corpus.Split('\u001C');
        return TestCorpus.Compile(("corpus/entities.txt", parts[0]), ("corpus/article.txt", parts[1]));
    }

    private static string Mutate(string word, Random random)
    {
        var chars = new List<char>(word);
        int edits = 1 + random.Next(3);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, "abc-1x"[random.Next(6)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = "abc-1x"[random.Next(6)];
                    }

                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
