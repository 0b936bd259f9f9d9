using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Corpus.Cli.Console;
using Corpus.Cli.Stats;
using Corpus.Cli.Text;
using Corpus.Syntax;
using Corpus.Syntax.Sentences;

namespace Corpus.Cli.Export;

/// <summary>
/// Apache Parquet: five tables (<c>articles</c>, <c>sentences</c>, <c>mentions</c>,
/// <c>quotes</c>, <c>entities</c>), one file each, flat columns of strings, integers and
/// dates, so that engines beyond one process (DuckDB, Spark, pandas) query a corpus that
/// outgrows one assembly. The schema is documented in docs/cli.md; sentences are Corpus.Syntax's
/// (<see cref="SentenceSegmenter"/>), with the body's mentions protected, as in the CoNLL-U export.
/// </summary>
internal sealed class ParquetExporter : ICorpusExporter
{
    public int Export(LoadedCorpus corpus, string outputDirectory, OffsetUnit unit, ProgressStep progress)
    {
        var articles = new ArticlesTable();
        var sentences = new SentencesTable();
        var mentions = new MentionsTable();
        var quotes = new QuotesTable();
        foreach (ArticleFile article in corpus.Articles)
        {
            AddArticle(corpus, article, unit, articles, sentences, mentions, quotes);
            progress.Advance();
        }

        var entities = new EntitiesTable();
        foreach (EntityUsage usage in corpus.Index.Entities)
        {
            EntityDeclaration entity = usage.Entity;
            entities.Id.Add(entity.Id);
            entities.Kind.Add(entity.Kind.ToKeyword());
            entities.Name.Add(entity.Name);
            entities.Aliases.Add(string.Join("; ", entity.Aliases));
            entities.Description.Add(entity.Description);
            entities.Wikidata.Add(entity.WikidataId);
            entities.Mentions.Add(usage.Mentions.Count);
            entities.Quotes.Add(usage.Quotes.Count);
            entities.Articles.Add(usage.ArticleIds.Count);
        }

        ParquetTable.Write(Path.Combine(outputDirectory, "articles.parquet"), articles.Columns());
        ParquetTable.Write(Path.Combine(outputDirectory, "sentences.parquet"), sentences.Columns());
        ParquetTable.Write(Path.Combine(outputDirectory, "mentions.parquet"), mentions.Columns());
        ParquetTable.Write(Path.Combine(outputDirectory, "quotes.parquet"), quotes.Columns());
        ParquetTable.Write(Path.Combine(outputDirectory, "entities.parquet"), entities.Columns());
        return 5;
    }

    private static void AddArticle(LoadedCorpus corpus, ArticleFile article, OffsetUnit unit, ArticlesTable articles, SentencesTable sentences, MentionsTable mentions, QuotesTable quotes)
    {
        var offsets = new FieldOffsets(article, unit);
        OffsetConverter body = offsets.For(ArticleFields.Body);
        List<SentenceSpan> found = ArticleSentences.Of(article);
        var located = new SentenceLocator(found, article.Paragraphs);
        for (int s = 0; s < found.Count; s++)
        {
            sentences.Article.Add(article.Id);
            sentences.Sentence.Add(s);
            sentences.Paragraph.Add(located.ParagraphOf(found[s].Start));
            sentences.Start.Add(body.FromUtf16(found[s].Start));
            sentences.End.Add(body.FromUtf16(found[s].End));
            sentences.Text.Add(article.Body.Substring(found[s].Start, found[s].Length));
        }

        articles.Id.Add(article.Id);
        articles.File.Add(corpus.RelativePath(article.FilePath));
        articles.Title.Add(article.Title);
        articles.Source.Add(article.SourceEntity is null ? article.Source : corpus.Entities.Find(article.SourceEntity.Id)?.Name ?? article.Source);
        articles.SourceEntity.Add(article.SourceEntity?.Id);
        articles.Published.Add(Date(article.Published));
        articles.Updated.Add(Date(article.Updated));
        articles.Language.Add(article.Language);
        articles.Text.Add(article.Body);
        articles.Paragraphs.Add(article.Paragraphs.Count);
        articles.Sentences.Add(found.Count);

        foreach (MentionSyntax mention in article.Mentions)
        {
            bool inBody = mention.Field == ArticleFields.Body;
            OffsetConverter converter = offsets.For(mention.Field);
            mentions.Article.Add(article.Id);
            mentions.Field.Add(mention.Field);
            mentions.Start.Add(converter.FromUtf16(mention.Start));
            mentions.End.Add(converter.FromUtf16(mention.Start + mention.Length));
            mentions.Text.Add(mention.Text);
            mentions.Entity.Add(mention.Entity.Id);
            mentions.Kind.Add(corpus.Entities.Find(mention.Entity.Id)?.Kind.ToKeyword() ?? "entity");
            mentions.Paragraph.Add(inBody ? located.ParagraphOf(mention.Start) : null);
            mentions.Sentence.Add(inBody ? located.SentenceOf(mention.Start) : null);
        }

        foreach (QuotationSyntax quote in article.Quotations)
        {
            bool inBody = quote.Field == ArticleFields.Body;
            OffsetConverter converter = offsets.For(quote.Field);
            quotes.Article.Add(article.Id);
            quotes.Field.Add(quote.Field);
            quotes.Start.Add(converter.FromUtf16(quote.Start));
            quotes.End.Add(converter.FromUtf16(quote.Start + quote.Length));
            quotes.Text.Add(quote.Text);
            quotes.Speaker.Add(quote.Speaker?.Id);
            quotes.Kind.Add(quote.Kind.ToKeyword());
            quotes.Paragraph.Add(inBody ? quote.Paragraph : null);
            quotes.Sentence.Add(inBody ? located.SentenceOf(quote.Start) : null);
        }
    }

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;

    /// <summary>The sentence and paragraph an offset of the body falls in (the last that starts at or before it).</summary>
    private sealed class SentenceLocator
    {
        private readonly List<SentenceSpan> _sentences;
        private readonly IReadOnlyList<ParagraphSpan> _paragraphs;

        public SentenceLocator(List<SentenceSpan> sentences, IReadOnlyList<ParagraphSpan> paragraphs)
        {
            _sentences = sentences;
            _paragraphs = paragraphs;
        }

        public int? SentenceOf(int offset)
        {
            int low = 0, high = _sentences.Count - 1, found = -1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (_sentences[middle].Start <= offset)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found < 0 ? null : found;
        }

        public int ParagraphOf(int offset)
        {
            int low = 0, high = _paragraphs.Count - 1, found = 0;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (_paragraphs[middle].Start <= offset)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found;
        }
    }

    private sealed class ArticlesTable
    {
        public StringColumn Id { get; } = new("id");
        public StringColumn File { get; } = new("file");
        public StringColumn Title { get; } = new("title", nullable: true);
        public StringColumn Source { get; } = new("source", nullable: true);
        public StringColumn SourceEntity { get; } = new("source_entity", nullable: true);
        public DateColumn Published { get; } = new("published");
        public DateColumn Updated { get; } = new("updated");
        public StringColumn Language { get; } = new("language", nullable: true);
        public StringColumn Text { get; } = new("text");
        public IntColumn Paragraphs { get; } = new("paragraphs");
        public IntColumn Sentences { get; } = new("sentences");

        public ParquetColumn[] Columns() => new ParquetColumn[] { Id, File, Title, Source, SourceEntity, Published, Updated, Language, Text, Paragraphs, Sentences };
    }

    private sealed class SentencesTable
    {
        public StringColumn Article { get; } = new("article");
        public IntColumn Sentence { get; } = new("sentence");
        public IntColumn Paragraph { get; } = new("paragraph");
        public IntColumn Start { get; } = new("start");
        public IntColumn End { get; } = new("end");
        public StringColumn Text { get; } = new("text");

        public ParquetColumn[] Columns() => new ParquetColumn[] { Article, Sentence, Paragraph, Start, End, Text };
    }

    private sealed class MentionsTable
    {
        public StringColumn Article { get; } = new("article");
        public StringColumn Field { get; } = new("field");
        public IntColumn Start { get; } = new("start");
        public IntColumn End { get; } = new("end");
        public StringColumn Text { get; } = new("text");
        public StringColumn Entity { get; } = new("entity");
        public StringColumn Kind { get; } = new("kind");
        public IntColumn Paragraph { get; } = new("paragraph", nullable: true);
        public IntColumn Sentence { get; } = new("sentence", nullable: true);

        public ParquetColumn[] Columns() => new ParquetColumn[] { Article, Field, Start, End, Text, Entity, Kind, Paragraph, Sentence };
    }

    private sealed class QuotesTable
    {
        public StringColumn Article { get; } = new("article");
        public StringColumn Field { get; } = new("field");
        public IntColumn Start { get; } = new("start");
        public IntColumn End { get; } = new("end");
        public StringColumn Text { get; } = new("text");
        public StringColumn Speaker { get; } = new("speaker", nullable: true);
        public StringColumn Kind { get; } = new("kind");
        public IntColumn Paragraph { get; } = new("paragraph", nullable: true);
        public IntColumn Sentence { get; } = new("sentence", nullable: true);

        public ParquetColumn[] Columns() => new ParquetColumn[] { Article, Field, Start, End, Text, Speaker, Kind, Paragraph, Sentence };
    }

    private sealed class EntitiesTable
    {
        public StringColumn Id { get; } = new("id");
        public StringColumn Kind { get; } = new("kind");
        public StringColumn Name { get; } = new("name");
        public StringColumn Aliases { get; } = new("aliases");
        public StringColumn Description { get; } = new("description", nullable: true);
        public StringColumn Wikidata { get; } = new("wikidata", nullable: true);
        public IntColumn Mentions { get; } = new("mentions");
        public IntColumn Quotes { get; } = new("quotes");
        public IntColumn Articles { get; } = new("articles");

        public ParquetColumn[] Columns() => new ParquetColumn[] { Id, Kind, Name, Aliases, Description, Wikidata, Mentions, Quotes, Articles };
    }
}
