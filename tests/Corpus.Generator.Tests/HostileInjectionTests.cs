using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Text written to break out of the generated code (end a string literal, a UTF-8 literal, a
/// comment or a doc comment, break a line with a character C# counts as a line break, open a
/// directive), plus lone surrogates, NUL and bidirectional controls, in every field the generator
/// emits: it compiles cleanly, comes back exactly at run time, and declares nothing.
/// </summary>
public sealed class HostileInjectionTests
{
    /// <summary>Each escape attempt declares a member named Injected…, which must never exist.</summary>
    private const string Payload =
        "\"; public static int Injected1 = 1; // */ public static int Injected2 => 1; /* "
        + "\"u8; public static int Injected3 => 1; // </summary> public static int Injected4 => 1; /// <summary> "
        + "]]> &amp; & \\ \"\"\" {0} {x} #if X #endregion"
        + "\u2028public static int Injected5 => 1;"
        + "\u2029public static int Injected6 => 1;"
        + "\u0085public static int Injected7 => 1;"
        + " \uD800 lone high, lone low \uDC00, NUL \0, RLO \u202E, RLM \u200F, LRM \u200E, ALM \u061C, ZWJ \u200D end";

    /// <summary>Aliases are separated by ';'.</summary>
    private static readonly string Alias = Payload.Replace(";", ",", StringComparison.Ordinal);

    private static readonly string Registry =
        "@class person\n"
        + "name: " + Payload + "\n"
        + "aliases: " + Alias + "; Class\n"
        + "description: " + Payload + "\n"
        + "\n"
        + "@1st-source organization\n"
        + "name: " + Payload + "\n";

    private static readonly string Article =
        "---\n"
        + "title: " + Payload + "\n"
        + "summary: " + Inline(Payload) + " [" + Inline(Alias) + "]{@class}.\n"
        + "image-credit: " + Inline(Payload) + "\n"
        + "note: “" + Inline(Payload) + "”{@class #note-quote}\n"
        + "source: @1st-source\n"
        + "byline: " + Alias + "; Second Author\n"
        + "x-payload: " + Payload + "\n"
        + "---\n"
        + Inline(Payload) + " by [" + Inline(Alias) + "]{@class #hostile-mention}.\n"
        + "\n"
        + "“" + Inline(Payload) + "”{@class #hostile-quote}\n";

    [Fact]
    public void The_payload_compiles_without_a_diagnostic()
    {
        GeneratorRun run = Run();

        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void Every_field_holds_exactly_the_payload_at_run_time()
    {
        using LoadedCorpus corpus = LoadedCorpus.Load(Run());
        Article article = corpus.Static<Article>("Articles", "HostileInjection");
        Person person = corpus.Static<Person>("People", "Class");

        Assert.Equal(Payload, article.Title);
        Assert.Equal(Payload + " " + Alias + ".", article.Summary);
        Assert.Equal(Payload, article.Metadata["x-payload"]);
        Assert.Equal(new[] { Alias, "Second Author" }, article.Byline);
        Assert.Equal(Payload + " by " + Alias + ".\n\n“" + Payload + "”", article.Text);
        Assert.Equal(Payload, LoadedCorpus.Instance<Quote>(article, "HostileQuote").Text);
        Assert.Equal(Payload, LoadedCorpus.Instance<Quote>(article, "NoteQuote").Text);
        Assert.Equal(TextField.Note, LoadedCorpus.Instance<Quote>(article, "NoteQuote").Field);
        Mention mention = LoadedCorpus.Instance<Mention>(article, "HostileMention");
        Assert.Equal((Alias, "class"), (mention.Text, mention.Entity.Id));
        Assert.Equal(Alias, article.Text.Substring(mention.Start, mention.Length));

        Assert.Equal(Payload, person.Name);
        Assert.Equal(Payload, person.Description);
        Assert.Equal(new[] { Alias, "Class" }, person.Aliases);
        Assert.Equal(Payload, corpus.Static<Organization>("Entities", "_1stSource").Name);
    }

    [Fact]
    public void No_payload_declares_a_member()
    {
        using LoadedCorpus corpus = LoadedCorpus.Load(Run());
        const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        List<string> members = corpus.Assembly.GetTypes()
            .SelectMany(t => t.GetMembers(Everything).Select(m => t.FullName + "." + m.Name))
            .ToList();
        Assert.NotEmpty(members);
        Assert.DoesNotContain(members, m => m.Contains("Injected", StringComparison.Ordinal));

        // The public surface is the generated API and nothing else.
        Assert.Equal(
            new[]
            {
                // Only the kinds the corpus uses have a class.
                "Test.Corpus.ArticleTypes.HostileInjection", "Test.Corpus.Articles", "Test.Corpus.Entities",
                "Test.Corpus.Organizations", "Test.Corpus.People", "Test.Corpus.Quotes",
            }.OrderBy(n => n, StringComparer.Ordinal),
            corpus.Assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal));
        Type articleType = corpus.Type("ArticleTypes.HostileInjection");
        Assert.Equal(
            new[] { "HostileMention", "HostileQuote", "NoteQuote" },
            articleType.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>The payload as it must be written in a field that takes annotations: markup characters escaped.</summary>
    private static string Inline(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 32);
        foreach (char c in text)
        {
            if (c is '[' or ']' or '{' or '}' or '“' or '”' or '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static GeneratorRun Run() => GeneratorHarness.Run(new[]
    {
        Fixtures.File("entities.txt", Registry),
        Fixtures.File("hostile-injection.txt", Article),
    });
}
