using System.Globalization;
using System.Text;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Syntax;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>textDocument/hover</c>: on an <c>@id</c> or a mention, the entity's card (name, kind,
/// description, aliases and how often the corpus mentions and quotes it); on a quotation, its
/// speaker and kind; on a term, that it is a term. Markdown.
/// </summary>
internal static class HoverCards
{
    public static Hover? Hover(CorpusWorkspace workspace, CorpusDocument document, int offset)
    {
        if (SyntaxAtPosition.ReferenceAt(document, offset) is { } reference)
        {
            return new Hover(MarkupContent.Markdown(EntityCard(workspace, reference.Id)), LspPositions.ToRange(reference.Span));
        }

        if (SyntaxAtPosition.MentionAt(document, offset) is { } mention)
        {
            return new Hover(MarkupContent.Markdown(EntityCard(workspace, mention.Entity.Id)), LspPositions.ToRange(mention.Span));
        }

        if (SyntaxAtPosition.QuotationAt(document, offset) is { } quotation)
        {
            return new Hover(MarkupContent.Markdown(QuotationCard(workspace, quotation.Quotation)), QuotationExtent.ToRange(document, quotation.Extent));
        }

        if (SyntaxAtPosition.TermAt(document, offset) is { } term)
        {
            return new Hover(MarkupContent.Markdown("**Term** “" + Escape(term.Term.Text) + "”: quotation marks around a term, title or scare quote, not a quotation."), QuotationExtent.ToRange(document, term.Extent));
        }

        return null;
    }

    public static string EntityCard(CorpusWorkspace workspace, string id)
    {
        EntityDeclaration? entity = workspace.Entities.Find(id);
        if (entity is null)
        {
            string suggestion = Suggestions.DidYouMean(id, workspace.Entities.Ids, "@");
            return "**Unknown entity** `@" + id + "`" + Escape(suggestion) + ": no registry declares it.";
        }

        EntityUsage usage = EntityUsage.Count(workspace, id);
        var card = new StringBuilder();
        card.Append("**").Append(Escape(entity.Name)).Append("** · ").Append(entity.Kind.ToKeyword()).Append(" · `@").Append(entity.Id).Append('`');
        if (entity.Description is not null)
        {
            card.Append("\n\n").Append(Escape(entity.Description));
        }

        if (entity.Aliases.Count > 0)
        {
            card.Append("\n\nAliases: ").Append(Escape(string.Join("; ", entity.Aliases)));
        }

        if (entity.WikidataId is not null)
        {
            card.Append("\n\nWikidata: ").Append(entity.WikidataId);
        }

        card.Append("\n\n")
            .Append(Plural(usage.Mentions, "mention")).Append(", ")
            .Append(Plural(usage.Quotes, "quotation")).Append(", in ")
            .Append(Plural(usage.Articles, "article"));
        return card.ToString();
    }

    public static string QuotationCard(CorpusWorkspace workspace, QuotationSyntax quotation)
    {
        string kind = quotation.Kind switch
        {
            QuoteKind.Direct => "Direct quotation",
            QuoteKind.Partial => "Partial quotation",
            _ => "Reported speech",
        };
        var card = new StringBuilder("**").Append(kind).Append("**");
        if (quotation.Speaker is { } speaker)
        {
            EntityDeclaration? entity = workspace.Entities.Find(speaker.Id);
            card.Append(" by ").Append(entity is null ? "an unknown entity" : "**" + Escape(entity.Name) + "** (" + entity.Kind.ToKeyword() + ")")
                .Append(" `@").Append(speaker.Id).Append('`');
        }
        else
        {
            card.Append(", unattributed");
        }

        if (quotation.Name is not null)
        {
            card.Append(" · `#").Append(quotation.Name).Append('`');
        }

        card.Append("\n\n> ").Append(Escape(quotation.Text.Replace('\n', ' ')));
        return card.ToString();
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Markdown's special characters in corpus text are shown as written.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
