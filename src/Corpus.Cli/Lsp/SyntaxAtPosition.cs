using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// What the cursor is on in a parsed document: an <c>@id</c> (in an annotation, a
/// <c>source:</c> line, a registry header or an affiliation), a mention, a quotation or a term.
/// A span holds the cursor from its first character to just after its last, so a cursor
/// at the end of a word still finds it. Linear in the document's annotations.
/// </summary>
internal static class SyntaxAtPosition
{
    /// <summary>Every <c>@id</c> written in a document, in no particular order.</summary>
    public static IEnumerable<EntityReference> References(CorpusDocument document)
    {
        if (document.Article is { } article)
        {
            foreach (MentionSyntax mention in article.Mentions)
            {
                yield return mention.Entity;
            }

            foreach (QuotationSyntax quotation in article.Quotations)
            {
                if (quotation.Speaker is not null)
                {
                    yield return quotation.Speaker;
                }
            }

            if (article.SourceEntity is not null)
            {
                yield return article.SourceEntity;
            }
        }
        else if (document.Registry is { } registry)
        {
            foreach (EntityDeclaration entity in registry.Entities)
            {
                yield return new EntityReference(entity.Id, entity.IdSpan);
                foreach (EntityReference affiliation in entity.Affiliations)
                {
                    yield return affiliation;
                }
            }
        }
    }

    public static EntityReference? ReferenceAt(CorpusDocument document, int offset)
    {
        foreach (EntityReference reference in References(document))
        {
            if (Holds(reference.Span, offset))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>The innermost mention around the offset (mentions nest: <c>[war in [Europe]{@europe}]{@war}</c>).</summary>
    public static MentionSyntax? MentionAt(CorpusDocument document, int offset)
    {
        MentionSyntax? best = null;
        foreach (MentionSyntax mention in document.Article?.Mentions ?? default)
        {
            if (Holds(mention.Span, offset) && (best is null || mention.Span.Length < best.Span.Length))
            {
                best = mention;
            }
        }

        return best;
    }

    /// <summary>The innermost quotation whose extent (opening mark to annotation) holds the offset, with that extent.</summary>
    public static (QuotationSyntax Quotation, (int Start, int End) Extent)? QuotationAt(CorpusDocument document, int offset)
    {
        (QuotationSyntax, (int Start, int End))? best = null;
        foreach (QuotationSyntax quotation in document.Article?.Quotations ?? default)
        {
            (int Start, int End) extent = QuotationExtent.Of(document.Text, quotation);
            if (QuotationExtent.Holds(extent, offset) && (best is null || extent.End - extent.Start < best.Value.Item2.End - best.Value.Item2.Start))
            {
                best = (quotation, extent);
            }
        }

        return best;
    }

    public static (TermSyntax Term, (int Start, int End) Extent)? TermAt(CorpusDocument document, int offset)
    {
        foreach (TermSyntax term in document.Article?.Terms ?? default)
        {
            (int Start, int End) extent = QuotationExtent.Of(document.Text, term);
            if (QuotationExtent.Holds(extent, offset))
            {
                return (term, extent);
            }
        }

        return null;
    }

    private static bool Holds(SourceSpan span, int offset) => offset >= span.Start && offset <= span.End;
}
