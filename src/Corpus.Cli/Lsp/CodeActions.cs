using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// Quick fixes for the diagnostics in the requested range: an unknown id (CG0300) is replaced
/// by the nearest known one, or declared in the registry; a mention whose text is not a name
/// or alias (CG0306) adds that text to the entity's <c>aliases:</c>; the recall aid's findings
/// annotate a registered name (CG0312) or attribute a quotation to its likely speaker (CG0313).
/// </summary>
internal static class CodeActions
{
    public const string QuickFix = "quickfix";

    public static List<CodeAction> For(CorpusWorkspace workspace, CorpusDocument document, Range range, IReadOnlyList<Diagnostic> clientDiagnostics)
    {
        int start = LspPositions.ToOffset(document.Lines, range.Start);
        int end = LspPositions.ToOffset(document.Lines, range.End);
        var actions = new List<CodeAction>();
        foreach (CorpusDiagnostic diagnostic in workspace.DiagnosticsOf(document.Path))
        {
            if (diagnostic.Span.Start > end || diagnostic.Span.End < start)
            {
                continue;
            }

            Diagnostic? shown = clientDiagnostics.FirstOrDefault(d => d.Code == diagnostic.Id && d.Range == LspPositions.ToRange(diagnostic.Span));
            IReadOnlyList<Diagnostic>? fixes = shown is null ? null : new[] { shown };
            if (diagnostic.Id == DiagnosticDescriptors.UnknownEntity.Id)
            {
                AddUnknownEntityFixes(workspace, document, diagnostic.Span, fixes, actions);
            }
            else if (diagnostic.Id == DiagnosticDescriptors.SurfaceNotAlias.Id)
            {
                AddAliasFix(workspace, document, diagnostic.Span, fixes, actions);
            }
        }

        foreach (Corpus.Syntax.Annotation.RecallFinding finding in workspace.RecallOf(document))
        {
            CorpusDiagnostic diagnostic = finding.Diagnostic;
            if (diagnostic.Span.Start > end || diagnostic.Span.End < start)
            {
                continue;
            }

            Diagnostic? shown = clientDiagnostics.FirstOrDefault(d => d.Code == diagnostic.Id && d.Range == LspPositions.ToRange(diagnostic.Span));
            string title = diagnostic.Id == DiagnosticDescriptors.UnannotatedName.Id
                ? "Annotate as " + finding.Replacement
                : "Attribute the quotation: " + finding.Replacement;
            actions.Add(new CodeAction(
                title,
                QuickFix,
                shown is null ? null : new[] { shown },
                true,
                Edit(DocumentUris.FromPath(document.Path), new TextEdit(LspPositions.ToRange(finding.Span), finding.Replacement))));
        }

        return actions;
    }

    private static void AddUnknownEntityFixes(CorpusWorkspace workspace, CorpusDocument document, SourceSpan span, IReadOnlyList<Diagnostic>? fixes, List<CodeAction> actions)
    {
        EntityReference? reference = SyntaxAtPosition.References(document).FirstOrDefault(r => r.Span == span);
        if (reference is null)
        {
            return;
        }

        string uri = DocumentUris.FromPath(document.Path);
        string? nearest = Suggestions.Nearest(reference.Id, workspace.Entities.Ids);
        if (nearest is not null)
        {
            actions.Add(new CodeAction(
                "Replace '@" + reference.Id + "' with '@" + nearest + "'",
                QuickFix,
                fixes,
                true,
                Edit(uri, new TextEdit(LspPositions.IdRange(span), nearest))));
        }

        CorpusDocument? registry = workspace.Registries.FirstOrDefault();
        if (registry is null)
        {
            return;
        }

        // The name comes from the mention's text when the reference is a mention's; a speaker
        // or a source has none, so the id's words stand in until the author writes the name.
        MentionSyntax? mention = document.Article?.Mentions.FirstOrDefault(m => m.Entity.Span == span);
        string name = mention?.Text ?? string.Join(" ", reference.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        // The kind is the author's to correct: "person", the most common in news.
        string text = registry.Text;
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string separator = text.Length == 0 || text.EndsWith(newline + newline, StringComparison.Ordinal) ? string.Empty : text.EndsWith('\n') || text.EndsWith('\r') ? newline : newline + newline;
        string entry = separator + "@" + reference.Id + " person" + newline + "name: " + name.Replace('\n', ' ').Replace('\r', ' ') + newline;
        Position endOfFile = LspPositions.ToPosition(registry.Lines, text.Length);
        actions.Add(new CodeAction(
            "Declare '@" + reference.Id + "' in " + Corpus.Syntax.Parsing.FileNames.GetFileName(registry.Path),
            QuickFix,
            fixes,
            nearest is null,
            Edit(DocumentUris.FromPath(registry.Path), new TextEdit(new Range(endOfFile, endOfFile), entry))));
    }

    private static void AddAliasFix(CorpusWorkspace workspace, CorpusDocument document, SourceSpan span, IReadOnlyList<Diagnostic>? fixes, List<CodeAction> actions)
    {
        MentionSyntax? mention = document.Article?.Mentions.FirstOrDefault(m => m.Span == span);
        EntityDeclaration? entity = mention is null ? null : workspace.Entities.Find(mention.Entity.Id);
        CorpusDocument? registry = entity is null ? null : workspace.Get(entity.FilePath);
        if (mention is null || entity is null || registry is null || mention.Text.IndexOfAny(new[] { ';', '\n', '\r' }) >= 0)
        {
            return; // a surface with a ';' or a line break cannot be written as one alias
        }

        LineMap lines = registry.Lines;
        int header = entity.IdSpan.Line;
        int last = header;
        int aliasesLine = -1;
        for (int number = header + 1; number <= lines.LineCount; number++)
        {
            string line = lines.GetLineText(number);
            string trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('@'))
            {
                break;
            }

            last = number;
            if (aliasesLine < 0 && trimmed.StartsWith("aliases:", StringComparison.Ordinal))
            {
                aliasesLine = number;
            }
        }

        TextEdit edit;
        if (aliasesLine > 0)
        {
            string line = lines.GetLineText(aliasesLine);
            int end = line.TrimEnd().Length;
            bool empty = line.TrimEnd().EndsWith(':');
            var at = new Position(aliasesLine - 1, end);
            edit = new TextEdit(new Range(at, at), (empty ? " " : "; ") + mention.Text);
        }
        else
        {
            var at = new Position(last - 1, lines.GetLineLength(last));
            string newline = registry.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            edit = new TextEdit(new Range(at, at), newline + "aliases: " + mention.Text);
        }

        actions.Add(new CodeAction(
            "Add '" + mention.Text + "' to the aliases of '@" + entity.Id + "'",
            QuickFix,
            fixes,
            true,
            Edit(DocumentUris.FromPath(registry.Path), edit)));
    }

    private static WorkspaceEdit Edit(string uri, TextEdit edit) =>
        new(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [uri] = new[] { edit } });
}
