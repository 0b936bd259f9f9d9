using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Synthetic;

/// <summary>
/// Writes N articles with the density of the real seed articles: about 600 words, 25
/// mentions (some nested inside quotations and reported speech), 4 quotations (direct,
/// partial, multi-paragraph and reported), a term, and a registry of N/20 entities.
/// The same seed gives the same bytes on every machine (System.Random with a seed is a
/// fixed algorithm; formatting is invariant).
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Kinds = { "person", "person", "person", "person", "organization", "organization", "country", "country", "place", "place", "place", "group", "event", "work" };
    private static readonly string[] Syllables = { "ka", "lo", "mi", "ren", "sa", "to", "vel", "zan", "dor", "el", "fi", "gu", "har", "is", "jo", "ku", "lan", "mo", "nor", "pe" };
    private static readonly string[] FillerSentences =
    {
        "The development has sparked significant concern among officials and analysts alike.",
        "Trade between the two sides remains below earlier levels, unlike other routes, which are booming.",
        "State media has largely been quiet on the matter, and few details were released.",
        "The prospect of a wider confrontation has added to the sense that the region is being constrained.",
        "Questions will linger over whether anyone knew beforehand about the plans.",
        "That could embolden others to act more aggressively, and at the same time diminish influence.",
    };

    private readonly Random _random;
    private readonly List<SyntheticEntity> _entities = new();
    private readonly List<SyntheticEntity> _speakers = new();

    private SyntheticCorpus(int articleCount, int seed)
    {
        _random = new Random(seed);
        ArticleCount = articleCount;
        int entityCount = Math.Max(20, articleCount / 20);
        for (int i = 0; i < entityCount; i++)
        {
            string kind = Kinds[i % Kinds.Length];
            string name = Word() + " " + Word();
            string id = kind + "-" + i.ToString("D5", CultureInfo.InvariantCulture);
            string[] aliases = kind == "person" ? new[] { name.Split(' ')[1] } : Array.Empty<string>();
            var entity = new SyntheticEntity(id, kind, name, aliases);
            _entities.Add(entity);
            if (entity.CanSpeak)
            {
                _speakers.Add(entity);
            }
        }
    }

    public int ArticleCount { get; }

    public IReadOnlyList<SyntheticEntity> Entities => _entities;

    /// <summary>The corpus as in-memory files: <c>corpus/entities.txt</c> then the articles.</summary>
    public static List<CorpusSourceFile> Create(int articleCount, int seed = 20241025)
    {
        var corpus = new SyntheticCorpus(articleCount, seed);
        var files = new List<CorpusSourceFile> { new("corpus/entities.txt", corpus.Registry()) };
        for (int i = 0; i < articleCount; i++)
        {
            files.Add(new CorpusSourceFile("corpus/articles/" + ArticleId(i) + ".txt", corpus.Article(i)));
        }

        return files;
    }

    /// <summary>Writes the corpus under <paramref name="directory"/> (LF endings, UTF-8 without BOM).</summary>
    public static void Write(string directory, int articleCount, int seed = 20241025)
    {
        foreach (CorpusSourceFile file in Create(articleCount, seed))
        {
            string path = Path.Combine(directory, file.Path.Substring("corpus/".Length));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }

    public static string ArticleId(int index) => "article-" + index.ToString("D6", CultureInfo.InvariantCulture);

    private string Registry()
    {
        var text = new StringBuilder("# Synthetic registry\n");
        foreach (SyntheticEntity entity in _entities)
        {
            text.Append('\n').Append('@').Append(entity.Id).Append(' ').Append(entity.Kind).Append('\n');
            text.Append("name: ").Append(entity.Name).Append('\n');
            if (entity.Aliases.Length > 0)
            {
                text.Append("aliases: ").Append(string.Join("; ", entity.Aliases)).Append('\n');
            }

            text.Append("description: A synthetic ").Append(entity.Kind).Append(" for scale tests.\n");
        }

        return text.ToString();
    }

    private string Article(int index)
    {
        var text = new StringBuilder();
        SyntheticEntity lead = Pick(_speakers);
        text.Append("---\n");
        text.Append("title: ").Append(Capitalize(Word())).Append(' ').Append(Word()).Append(" talks strain ties with ").Append(Pick(_entities).Name).Append('\n');
        text.Append("summary: ").Append(Mention(lead)).Append(" weighs a new approach as pressure mounts.\n");
        text.Append("published: 2024-").Append((1 + (index % 12)).ToString("D2", CultureInfo.InvariantCulture)).Append('-').Append((1 + (index % 28)).ToString("D2", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("---\n");

        // Eight paragraphs of about 75 words: 25 mentions (24 here and 1 in the summary; 7 nested
        // inside quotations), 4 quotations, 1 term in all.
        text.Append(Mention(lead)).Append(" said on Tuesday that ").Append(Mention(Pick(_entities))).Append(" would not accept the terms, ")
            .Append("which were described as “a line in the sand”{term} by observers in ").Append(Mention(Pick(_entities))).Append(" and ").Append(Mention(Pick(_entities))).Append(". ")
            .Append(Fillers(5)).Append("\n\n");

        SyntheticEntity first = Pick(_speakers);
        text.Append("“We will keep talking with ").Append(Mention(Pick(_entities))).Append(" and ").Append(Mention(Pick(_entities)))
            .Append(", because there is no other way,”").Append(Speaker(first)).Append(' ').Append(Mention(first)).Append(" said. ")
            .Append(Fillers(4)).Append("\n\n");

        SyntheticEntity reporter = Pick(_speakers);
        text.Append("[Officials in ").Append(Mention(Pick(_entities))).Append(" had been told that ").Append(Mention(Pick(_entities)))
            .Append(" was ready to move]").Append("{says ").Append('@').Append(reporter.Id).Append("}, according to ").Append(Mention(reporter)).Append(". ")
            .Append(Fillers(5)).Append("\n\n");

        SyntheticEntity partial = Pick(_speakers);
        text.Append(Mention(partial)).Append(" called the plan “a risk for ").Append(Mention(Pick(_entities))).Append("”").Append(Speaker(partial))
            .Append(" and warned ").Append(Mention(Pick(_entities))).Append(" against haste. ").Append(Fillers(4)).Append("\n\n");

        SyntheticEntity long1 = Pick(_speakers);
        text.Append("“The first thing to understand is that ").Append(Mention(Pick(_entities))).Append(" has changed its mind before.\n\n");
        text.Append("“It can change again, and ").Append(Mention(Pick(_entities))).Append(" knows it,”").Append(Speaker(long1)).Append(" said ").Append(Mention(long1)).Append(". ").Append(Fillers(3)).Append("\n\n");

        text.Append(Mention(Pick(_entities))).Append(" and ").Append(Mention(Pick(_entities))).Append(" met in ").Append(Mention(Pick(_entities)))
            .Append(" last week, joined by ").Append(Mention(Pick(_entities))).Append(". ").Append(Fillers(5)).Append("\n\n");

        text.Append(Fillers(2)).Append(' ').Append(Mention(Pick(_entities))).Append(" declined to comment, and ").Append(Mention(Pick(_entities)))
            .Append(" said nothing either. ").Append(Fillers(4)).Append(' ').Append(Mention(Pick(_entities))).Append(" will host the next round, with ").Append(Mention(Pick(_entities))).Append(" as a mediator.\n");
        return text.ToString();
    }

    private static string Mention(SyntheticEntity entity) => "[" + entity.Name + "]{@" + entity.Id + "}";

    private static string Speaker(SyntheticEntity entity) => "{@" + entity.Id + "}";

    private SyntheticEntity Pick(List<SyntheticEntity> from) => from[_random.Next(from.Count)];

    private string Fillers(int count)
    {
        var sentences = new string[count];
        for (int i = 0; i < count; i++)
        {
            sentences[i] = FillerSentences[_random.Next(FillerSentences.Length)];
        }

        return string.Join(" ", sentences);
    }

    private string Word()
    {
        int count = 2 + _random.Next(2);
        var word = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            word.Append(Syllables[_random.Next(Syllables.Length)]);
        }

        return Capitalize(word.ToString());
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
