using System;
using System.Linq;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Parsing;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// The suggestion engine on random and mutated articles: it never throws, every suggestion
/// lies inside its field's text and names a registered entity, the recall aid's positions lie
/// inside the file, and the projection agrees with the parser wherever the text is NFC. And
/// it takes linear time on the real articles repeated to a megabyte.
/// </summary>
public sealed class SuggestionPropertyTests
{
    private static readonly Lazy<(EntityTable Table, AnnotationSuggester Suggester)> Engine = new(() =>
    {
        EntityTable table = RegistryBinder.Bind(new[] { RegistryParser.Parse("corpus/entities.txt", RealTexts.Registry) });
        return (table, new AnnotationSuggester(table));
    });

    [Fact]
    public void Mutated_real_articles_give_suggestions_inside_their_text() => Check(Mutations.MutatedArticle());

    [Fact]
    public void Random_markup_gives_suggestions_inside_its_text() => Check(Mutations.MarkupSoup());

    [Fact]
    public void Random_bytes_give_suggestions_inside_their_text() => Check(Mutations.RandomBytes());

    [Fact]
    public void The_real_articles_repeated_to_a_megabyte_are_suggested_in_linear_time()
    {
        string seed = string.Join("\n\n", RealTexts.Articles.Select(a => MarkupProjection.Create(a).WithoutMarkup()));
        string Input(int length) => new System.Text.StringBuilder(length + seed.Length).Insert(0, seed, (length / seed.Length) + 1).ToString(0, length);

        LinearTime.Assert(Input, text => Engine.Value.Suggester.Suggest(ArticleParser.Parse("corpus/articles/big.txt", text)), 1_000_000);
    }

    [Fact]
    public void The_recall_aid_on_annotated_articles_repeated_to_a_megabyte_takes_linear_time()
    {
        string seed = string.Join("\n\n", RealTexts.Articles);
        string Input(int length) => new System.Text.StringBuilder(length + seed.Length).Insert(0, seed, (length / seed.Length) + 1).ToString(0, length);

        LinearTime.Assert(Input, text => RecallAid.Diagnose(ArticleParser.Parse("corpus/articles/big.txt", text), text, Engine.Value.Suggester), 1_000_000);
    }

    private static void Check(Gen<string> inputs)
    {
        Prop.ForAll(Arb.From(inputs), (string text) => Holds(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithEndSize(500).WithQuietOnSuccess(true));
    }

    private static void Holds(string text)
    {
        ArticleFile article = ArticleParser.Parse("corpus/articles/mutated.txt", text);
        ArticleSuggestions suggestions = Engine.Value.Suggester.Suggest(article);
        foreach (MentionSuggestion m in suggestions.Mentions)
        {
            Inside(article, m.Field, m.Start, m.Length, m.Text);
            Require(Engine.Value.Table.Find(m.EntityId) is not null, "unknown entity " + m.EntityId);
        }

        foreach (QuotationSuggestion q in suggestions.Quotations)
        {
            Require(Engine.Value.Table.Find(q.SpeakerId) is { } speaker && speaker.Kind != EntityKind.Place && speaker.Kind != EntityKind.Event, "bad speaker " + q.SpeakerId);
        }

        foreach (ReportedSpeechSuggestion r in suggestions.ReportedSpeech)
        {
            Inside(article, r.Field, r.Start, r.Length, r.Text);
        }

        foreach (var d in RecallAid.Diagnose(article, text, Engine.Value.Suggester))
        {
            Require(d.Span.Start >= 0 && d.Span.End <= text.Length, "diagnostic outside the file: " + d);
        }

        MarkupProjection projection = MarkupProjection.Create(text);
        Require(projection.WithoutMarkup().Length <= text.Length, "stripping grew the text");
    }

    private static void Inside(ArticleFile article, string field, int start, int length, string expected)
    {
        string fieldText = article.GetFieldText(field);
        Require(start >= 0 && length > 0 && start + length <= fieldText.Length, "suggestion outside " + field);
        Require(fieldText.Substring(start, length) == expected, "suggestion text differs from its span");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }
}
