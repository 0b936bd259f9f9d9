using System;
using System.Collections.Generic;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Syntax;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>textDocument/documentSymbol</c>: an article's outline is its quotations, terms and
/// mentions in text order, each nested in the quotation or mention that contains it; a
/// registry's is its entities.
/// </summary>
internal static class DocumentSymbols
{
    // Protocol SymbolKind values.
    private const int ObjectKind = 19;
    private const int StringKind = 15;
    private const int VariableKind = 13;
    private const int ConstantKind = 14;

    private const int MaxNameLength = 80;

    public static List<DocumentSymbol> For(CorpusWorkspace workspace, CorpusDocument document)
    {
        if (document.Registry is { } registry)
        {
            var entities = new List<DocumentSymbol>(registry.Entities.Count);
            foreach (EntityDeclaration entity in registry.Entities)
            {
                Range range = LspPositions.ToRange(entity.IdSpan);
                entities.Add(new DocumentSymbol("@" + entity.Id, entity.Kind.ToKeyword() + " · " + entity.Name, ObjectKind, range, range, null));
            }

            return entities;
        }

        ArticleFile article = document.Article!;
        var flat = new List<(int Start, int End, Range Selection, string Name, string Detail, int Kind)>();
        foreach (QuotationSyntax quotation in article.Quotations)
        {
            string speaker = quotation.Speaker is null ? "unattributed" : "@" + quotation.Speaker.Id;
            (int start, int end) = QuotationExtent.Of(document.Text, quotation);
            flat.Add((start, end, LspPositions.ToRange(quotation.Span), Shorten("“" + quotation.Text + "”"), quotation.Kind.ToString().ToLowerInvariant() + " · " + speaker, StringKind));
        }

        foreach (TermSyntax term in article.Terms)
        {
            (int start, int end) = QuotationExtent.Of(document.Text, term);
            flat.Add((start, end, LspPositions.ToRange(term.Span), Shorten("“" + term.Text + "”"), "term", ConstantKind));
        }

        foreach (MentionSyntax mention in article.Mentions)
        {
            string kind = workspace.Entities.Find(mention.Entity.Id)?.Kind.ToKeyword() ?? "unknown entity";
            flat.Add((mention.Span.Start, mention.Span.End, LspPositions.ToRange(mention.Entity.Span), Shorten(mention.Text), "@" + mention.Entity.Id + " · " + kind, VariableKind));
        }

        // Outer extents first, so each symbol's parent is on the stack when it arrives.
        flat.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var roots = new List<DocumentSymbol>();
        var stack = new Stack<(int End, List<DocumentSymbol> Children)>();
        foreach ((int start, int end, Range selection, string name, string detail, int kind) in flat)
        {
            while (stack.Count > 0 && stack.Peek().End < end)
            {
                stack.Pop();
            }

            var children = new List<DocumentSymbol>();
            var symbol = new DocumentSymbol(name, detail, kind, LspPositions.ToRange(document.Lines, start, end), selection, children);
            (stack.Count > 0 ? stack.Peek().Children : roots).Add(symbol);
            stack.Push((end, children));
        }

        return roots;
    }

    private static string Shorten(string text)
    {
        string line = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return line.Length <= MaxNameLength ? line : line.Substring(0, MaxNameLength - 1) + "…";
    }
}
