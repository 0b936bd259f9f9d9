using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;
using Xunit;

namespace Corpus.Syntax.Tests;

/// <summary>
/// Fixtures/blind was written from FORMAT.md alone by someone who had not read the code,
/// with 27 deliberate, ordinary mistakes listed in its EXPECTED.md. Each must give one
/// diagnostic at the place the author pointed to, and nothing else may be reported. The
/// misspelled `titel:` is the one missing-title error at `titel` (the author expected an
/// unknown-key warning and a missing-title error, and named this merged error the friendliest).
/// </summary>
public sealed class BlindCorpusTests
{
    private static readonly (string File, int Line, int Column, string Id)[] Expected =
    {
        ("entities.txt", 9, 24, "CG0300"), // affiliation to an undeclared entity
        ("entities.txt", 14, 1, "CG0203"), // descripton:
        ("entities.txt", 23, 12, "CG0201"), // persn (its block's lines must not cascade)
        ("entities.txt", 29, 1, "CG0206"), // @Jonas_Berg (its block's lines must not cascade)
        ("entities.txt", 33, 1, "CG0205"), // henrik-aas declared twice
        ("entities.txt", 41, 1, "CG0203"), // alias:
        ("entities.txt", 43, 1, "CG0200"), // a stray line inside a block
        ("entities.txt", 55, 1, "CG0202"), // no name:
        ("entities.txt", 70, 11, "CG0204"), // Q18e3
        ("summit-day-one.txt", 2, 1, "CG0100"), // titel: so no title
        ("summit-day-one.txt", 3, 12, "CG0103"), // 2024-13-45
        ("summit-day-one.txt", 16, 104, "CG0300"), // @tomasz-nowiki
        ("summit-day-one.txt", 19, 82, "CG0301"), // a place speaks
        ("summit-day-one.txt", 21, 51, "CG0304"), // Henrik Aas{@henrik-aas}
        ("summit-day-one.txt", 23, 1, "CG0306"), // [the Swedish minister]
        ("summit-day-one.txt", 25, 1, "CG0307"), // “ never closed
        ("summit-day-one.txt", 29, 86, "CG0310"), // #truce twice
        ("summit-day-one.txt", 31, 72, "CG0302"), // } forgotten
        ("summit-day-two.txt", 4, 67, "CG0300"), // @polnd in the summary
        ("summit-day-two.txt", 5, 12, "CG0103"), // 12/10/2024
        ("summit-day-two.txt", 13, 85, "CG0303"), // drect
        ("summit-day-two.txt", 16, 19, "CG0304"), // ] {@…} with a space
        ("summit-day-two.txt", 20, 62, "CG0303"), // sayz
        ("summit-day-two.txt", 23, 28, "CG0308"), // {term @x}
        ("summit-day-two.txt", 26, 77, "CG0308"), // #Quota_1
        ("summit-day-two.txt", 28, 53, "CG0305"), // unattributed
        ("summit-recap.txt", 2, 5, "CG0109"), // duplicate article id
    };

    [Fact]
    public void Each_ordinary_mistake_gives_one_diagnostic_at_the_place_the_author_expects()
    {
        CorpusCompilation compilation = CorpusCompilation.Create(LoadFixture());

        (string, int, int, string)[] actual = compilation.Diagnostics
            .Select(d => (Path.GetFileName(d.FilePath), d.Span.Line, d.Span.Column, d.Id))
            .ToArray();
        Assert.Equal(Expected, actual);
    }

    [Fact]
    public void Messages_name_the_offending_text_and_suggest_the_fix()
    {
        CorpusCompilation compilation = CorpusCompilation.Create(LoadFixture());
        string[] messages = compilation.Diagnostics.Select(d => d.Message).ToArray();

        Assert.Contains("Unknown entity kind 'persn' (did you mean 'person'?); the kinds are person, organization, country, place, group, event and work", messages);
        Assert.Contains("Unknown entity '@tomasz-nowiki' (did you mean '@tomasz-nowicki'?)", messages);
        Assert.Contains("Unknown annotation word 'drect' (did you mean 'direct'?)", messages);
        Assert.Contains("The article 'summit-day-one' has no 'title:' in its front matter ('titel' is not the key 'title')", messages);
        Assert.Contains("The entity id 'Jonas_Berg' is not kebab-case (did you mean 'jonas-berg'?)", messages);
    }

    [Fact]
    public void The_rest_of_the_corpus_still_compiles()
    {
        CorpusCompilation compilation = CorpusCompilation.Create(LoadFixture());

        // summit-day-one has no title and summit-recap repeats an id: summit-day-two remains,
        // with the annotations that were right.
        Assert.Equal(new[] { "summit-day-two" }, compilation.Articles.Select(a => a.Article.Id));
        Assert.Contains(compilation.Entities.Entities, e => e.Id == "marta-lindqvist");
    }

    private static List<CorpusSourceFile> LoadFixture()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "blind");
        return Directory.GetFiles(directory, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new CorpusSourceFile(Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
    }
}
