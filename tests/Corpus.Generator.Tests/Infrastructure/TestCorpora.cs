using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Small corpora written inline, for tests that need more than Fixtures/basic.</summary>
internal static class TestCorpora
{
    /// <summary>Article ids whose output groups all differ (checked by the tests that rely on it).</summary>
    public static readonly string[] ArticleIds = { "alpha", "bravo", "charlie", "foxtrot" };

    public const string Registry = """
        # People and places for the multi-article corpus.
        @victor-cha person
        name: Victor D. Cha
        aliases: Victor Cha; Mr. Cha
        description: Professor at Georgetown University.

        @china country
        name: China
        wikidata: Q148

        @beijing place
        name: Beijing
        """;

    public const string MoreRegistry = """
        @kim-jong-un person
        name: Kim Jong-un
        aliases: Kim

        @north-korea country
        name: North Korea
        """;

    /// <summary>One article per id, each with a mention, a quote and a term.</summary>
    public static string Article(string id, string extra = "") => $"""
        ---
        title: The {id} article
        summary: About [China]{"{@china}"}.
        published: 2024-10-2{id.Length % 10}
        ---
        [Mr. Cha]{"{@victor-cha}"} spoke in [Beijing]{"{@beijing}"} about {id}.{extra}

        “It is {id},”{"{@victor-cha #main}"} he said, calling it “a {id} moment.”{"{term}"}

        [Kim]{"{@kim-jong-un}"} and [North Korea]{"{@north-korea}"} said nothing.
        """;

    /// <summary>Two registries and four articles.</summary>
    public static List<InMemoryAdditionalText> Multi()
    {
        var files = new List<InMemoryAdditionalText>
        {
            Fixtures.File("entities.txt", Registry),
            Fixtures.File("more.entities.txt", MoreRegistry),
        };
        files.AddRange(ArticleIds.Select(id => Fixtures.File("articles/" + id + ".txt", Article(id))));
        return files;
    }
}
