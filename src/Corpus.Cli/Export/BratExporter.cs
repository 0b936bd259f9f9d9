using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Cli.Brat;
using Corpus.Cli.Console;
using Corpus.Cli.Render;
using Corpus.Cli.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Export;

/// <summary>
/// brat standoff: per article, <c>{id}.txt</c> (the body's plain text and a final newline)
/// and <c>{id}.ann</c>: T lines for mentions (typed by kind), quotations and terms; A lines
/// for the quote kind and <c>#names</c>; N lines linking mentions and speakers to corpus
/// ids (<c>corpus:xi-jinping</c>) and to Wikidata. Also writes annotation.conf and
/// visual.conf, and the side files that brat ignores and <c>import brat</c> reads back
/// (<see cref="BratSideFiles"/>: each front matter and registry, verbatim).
/// </summary>
internal sealed class BratExporter : ICorpusExporter
{
    public int Export(LoadedCorpus corpus, string outputDirectory, OffsetUnit unit, ProgressStep progress)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        int files = 0;
        foreach (ArticleFile article in corpus.Articles)
        {
            BratAnnotations annotations = Annotate(corpus, article, unit, names);
            OutputFiles.Write(Path.Combine(outputDirectory, article.Id + ".txt"), article.Body + "\n");
            OutputFiles.Write(Path.Combine(outputDirectory, article.Id + ".ann"), annotations.Write());
            files += 2;
            progress.Advance();
        }

        OutputFiles.Write(Path.Combine(outputDirectory, "annotation.conf"), AnnotationConf(names));
        OutputFiles.Write(Path.Combine(outputDirectory, "visual.conf"), VisualConf());
        return files + 2 + BratSideFiles.Write(corpus, outputDirectory);
    }

    /// <summary>The annotations of one article's body, in text order (longer spans first at one offset).</summary>
    public static BratAnnotations Annotate(LoadedCorpus corpus, ArticleFile article, OffsetUnit unit, ISet<string>? names = null)
    {
        string text = article.Body;
        OffsetConverter offsets = OffsetConverter.For(text, unit);
        var items = new List<(int Start, int End, int Order, object Item)>();
        foreach (MentionSyntax mention in article.Mentions)
        {
            if (mention.Field == ArticleFields.Body)
            {
                items.Add((mention.Start, mention.Start + mention.Length, 0, mention));
            }
        }

        foreach (QuotationSyntax quote in article.Quotations)
        {
            if (quote.Field == ArticleFields.Body)
            {
                items.Add((quote.Start, quote.Start + quote.Length, 1, quote));
            }
        }

        foreach (TermSyntax term in article.Terms)
        {
            if (term.Field == ArticleFields.Body)
            {
                items.Add((term.Start, term.Start + term.Length, 2, term));
            }
        }

        items.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Order.CompareTo(b.Order));
        var ann = new BratAnnotations();
        foreach ((int start, int end, _, object item) in items)
        {
            string id = "T" + (ann.Spans.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (item)
            {
                case MentionSyntax mention:
                    EntityDeclaration? entity = corpus.Entities.Find(mention.Entity.Id);
                    ann.Spans.Add(Span(id, entity is null ? "Entity" : BratTypes.ForKind(entity.Kind), text, start, end, offsets));
                    AddNormalizations(ann, id, mention.Entity.Id, entity);
                    AddName(ann, id, mention.Name, names);
                    break;
                case QuotationSyntax quote:
                    ann.Spans.Add(Span(id, BratTypes.Quotation, text, start, end, offsets));
                    ann.Attributes.Add(new BratAttribute(NextId(ann.Attributes.Count, 'A'), BratTypes.QuoteKindAttribute, id, BratTypes.ForQuoteKind(quote.Kind)));
                    if (quote.Speaker is not null)
                    {
                        AddNormalizations(ann, id, quote.Speaker.Id, null);
                    }

                    AddName(ann, id, quote.Name, names);
                    break;
                default:
                    ann.Spans.Add(Span(id, BratTypes.Term, text, start, end, offsets));
                    break;
            }
        }

        return ann;

        void AddNormalizations(BratAnnotations target, string spanId, string entityId, EntityDeclaration? declaration)
        {
            EntityDeclaration? e = declaration ?? corpus.Entities.Find(entityId);
            target.Normalizations.Add(new BratNormalization(NextId(target.Normalizations.Count, 'N'), spanId, BratTypes.CorpusDatabase, entityId, e?.Name ?? entityId));
            if (declaration?.WikidataId is { } wikidata)
            {
                target.Normalizations.Add(new BratNormalization(NextId(target.Normalizations.Count, 'N'), spanId, BratTypes.WikidataDatabase, wikidata, declaration.Name));
            }
        }
    }

    /// <summary>A T line; a span over a line break is split into fragments there, as brat does.</summary>
    private static BratSpan Span(string id, string type, string text, int start, int end, OffsetConverter offsets)
    {
        var fragments = new List<BratFragment>();
        var surface = new StringBuilder();
        int from = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || text[i] == '\n')
            {
                if (i > from)
                {
                    fragments.Add(new BratFragment(offsets.FromUtf16(from), offsets.FromUtf16(i)));
                    if (surface.Length > 0)
                    {
                        surface.Append(' ');
                    }

                    surface.Append(text, from, i - from);
                }

                from = i + 1;
            }
        }

        if (fragments.Count == 0)
        {
            fragments.Add(new BratFragment(offsets.FromUtf16(start), offsets.FromUtf16(end)));
        }

        return new BratSpan(id, type, fragments, surface.ToString());
    }

    private static void AddName(BratAnnotations ann, string target, string? name, ISet<string>? names)
    {
        if (name is not null)
        {
            ann.Attributes.Add(new BratAttribute(NextId(ann.Attributes.Count, 'A'), BratTypes.NameAttribute, target, name));
            names?.Add(name);
        }
    }

    private static string NextId(int count, char prefix) => prefix + (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string AnnotationConf(IEnumerable<string> names)
    {
        var conf = new StringBuilder();
        conf.Append("# brat configuration for a corpus exported by `corpus export --format brat`.\n");
        conf.Append("# Mentions are typed by entity kind; entity ids and speakers are normalisations (N lines)\n");
        conf.Append("# to the 'corpus' database (corpus:xi-jinping), and to Wikidata where the registry has an id.\n\n");
        conf.Append("[entities]\n");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            conf.Append(BratTypes.ForKind(kind)).Append('\n');
        }

        conf.Append(BratTypes.Quotation).Append('\n').Append(BratTypes.Term).Append("\n\n");
        conf.Append("[relations]\n<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n");
        conf.Append("[events]\n\n");
        conf.Append("[attributes]\n");
        conf.Append(BratTypes.QuoteKindAttribute).Append(" Arg:").Append(BratTypes.Quotation).Append(", Value:Direct|Partial|Indirect\n");
        string values = string.Join("|", names);
        if (values.Length > 0)
        {
            conf.Append(BratTypes.NameAttribute).Append(" Arg:<ENTITY>, Value:").Append(values).Append('\n');
        }

        return conf.ToString();
    }

    private static string VisualConf()
    {
        var conf = new StringBuilder("[labels]\n\n[drawing]\n");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            conf.Append(BratTypes.ForKind(kind)).Append("\tbgColor:").Append(KindPalette.Background(kind)).Append('\n');
        }

        conf.Append(BratTypes.Quotation).Append("\tbgColor:").Append(KindPalette.QuoteBackground).Append('\n');
        conf.Append(BratTypes.Term).Append("\tbgColor:#eeeeee\n");
        return conf.ToString();
    }
}
