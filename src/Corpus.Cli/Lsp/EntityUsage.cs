using System;
using System.Collections.Generic;
using Corpus.Syntax;

namespace Corpus.Cli.Lsp;

/// <summary>How often the corpus uses an entity: mentions, quotations it speaks, and the articles that do either or cite it as source.</summary>
internal readonly record struct EntityUsage(int Mentions, int Quotes, int Articles)
{
    /// <summary>One pass over the parsed articles (linear in the corpus's annotations).</summary>
    public static EntityUsage Count(CorpusWorkspace workspace, string id)
    {
        int mentions = 0, quotes = 0, articles = 0;
        foreach (CorpusDocument document in workspace.Documents)
        {
            if (document.Article is not { } article)
            {
                continue;
            }

            bool uses = article.SourceEntity?.Id == id;
            foreach (MentionSyntax mention in article.Mentions)
            {
                if (string.Equals(mention.Entity.Id, id, StringComparison.Ordinal))
                {
                    mentions++;
                    uses = true;
                }
            }

            foreach (QuotationSyntax quotation in article.Quotations)
            {
                if (string.Equals(quotation.Speaker?.Id, id, StringComparison.Ordinal))
                {
                    quotes++;
                    uses = true;
                }
            }

            articles += uses ? 1 : 0;
        }

        return new EntityUsage(mentions, quotes, articles);
    }

    /// <summary>Every place an id is written, across the corpus, registries included: (document, reference).</summary>
    public static List<(CorpusDocument Document, EntityReference Reference)> References(CorpusWorkspace workspace, string id)
    {
        var result = new List<(CorpusDocument, EntityReference)>();
        foreach (CorpusDocument document in workspace.Documents)
        {
            foreach (EntityReference reference in SyntaxAtPosition.References(document))
            {
                if (string.Equals(reference.Id, id, StringComparison.Ordinal))
                {
                    result.Add((document, reference));
                }
            }
        }

        result.Sort((a, b) => a.Item1 == b.Item1 ? a.Item2.Span.Start.CompareTo(b.Item2.Span.Start) : string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        return result;
    }
}
