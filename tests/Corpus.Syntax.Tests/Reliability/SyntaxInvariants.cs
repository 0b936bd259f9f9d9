using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// What must hold for any input whatsoever: parsing and binding do not throw, parse the same
/// text to the same value twice, put every diagnostic at a real position of its file (line and
/// column agreeing with the offset, counted on the original text), keep every annotation inside
/// the plain text of its field, and give one-line messages (MSBuild reads one line per diagnostic).
/// Shared by the property tests and the fuzzer (fuzz/Corpus.Fuzz links this file).
/// </summary>
public static class SyntaxInvariants
{
    /// <summary>Parses each file on its own and the files together, and checks every result.</summary>
    public static CorpusCompilation Check(IReadOnlyList<CorpusSourceFile> files)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CorpusSourceFile file in files)
        {
            texts[file.Path] = file.Text;
            if (FileNames.IsRegistry(file.Path))
            {
                RegistryFile registry = RegistryParser.Parse(file.Path, file.Text);
                Require(registry.Equals(RegistryParser.Parse(file.Path, file.Text)), file.Path, "a second parse of the registry differs");
                CheckDiagnostics(registry.Diagnostics, texts);
            }
            else
            {
                ArticleFile article = ArticleParser.Parse(file.Path, file.Text);
                Require(article.Equals(ArticleParser.Parse(file.Path, file.Text)), file.Path, "a second parse of the article differs");
                CheckArticle(article, file.Text);
                CheckDiagnostics(article.Diagnostics, texts);
            }
        }

        CorpusCompilation compilation = CorpusCompilation.Create(files);
        CheckDiagnostics(compilation.Diagnostics, texts);
        foreach (BoundArticle bound in compilation.Articles)
        {
            CheckArticle(bound.Article, texts[bound.Article.FilePath]);
        }

        return compilation;
    }

    /// <summary>One text as an article and as a registry (whichever it was meant to be).</summary>
    public static void CheckAlone(string text)
    {
        Check(new[] { new CorpusSourceFile("corpus/articles/input.txt", text) });
        Check(new[] { new CorpusSourceFile("corpus/entities.txt", text) });
    }

    public static void CheckArticle(ArticleFile article, string source)
    {
        string path = article.FilePath;
        int previousEnd = 0;
        foreach (ParagraphSpan paragraph in article.Paragraphs)
        {
            Require(paragraph.Start >= previousEnd && paragraph.Length >= 0 && paragraph.Start + paragraph.Length <= article.Body.Length, path, "paragraph " + paragraph + " is outside the body or out of order");
            previousEnd = paragraph.Start + paragraph.Length;
        }

        foreach (MentionSyntax mention in article.Mentions)
        {
            string text = FieldText(article, mention.Field);
            RequireInside(text, mention.Start, mention.Length, path, "mention '" + mention.Text + "'");
            Require(string.Equals(text.Substring(mention.Start, mention.Length), mention.Text, StringComparison.Ordinal), path, "mention text '" + mention.Text + "' is not the text at its offsets");
            CheckSpan(mention.Span, source, path, "mention '" + mention.Text + "'");
        }

        foreach (QuotationSyntax quotation in article.Quotations)
        {
            RequireInside(FieldText(article, quotation.Field), quotation.Start, quotation.Length, path, "quotation '" + quotation.Text + "'");
            Require(quotation.Text.Length <= quotation.Length, path, "quotation text is longer than its span");
            CheckSpan(quotation.Span, source, path, "quotation '" + quotation.Text + "'");
        }

        foreach (TermSyntax term in article.Terms)
        {
            RequireInside(FieldText(article, term.Field), term.Start, term.Length, path, "term '" + term.Text + "'");
            CheckSpan(term.Span, source, path, "term '" + term.Text + "'");
        }
    }

    public static void CheckDiagnostics(IEnumerable<CorpusDiagnostic> diagnostics, IReadOnlyDictionary<string, string> texts)
    {
        foreach (CorpusDiagnostic diagnostic in diagnostics)
        {
            Require(texts.TryGetValue(diagnostic.FilePath, out string? text), diagnostic.FilePath, diagnostic.Id + " names a file that is not in the corpus");
            Require(diagnostic.Message.IndexOfAny(new[] { '\n', '\r' }) < 0, diagnostic.FilePath, diagnostic.Id + " has a message of several lines: " + diagnostic.Message);
            Require(DiagnosticDescriptors.Get(diagnostic.Id).DefaultSeverity == diagnostic.Severity, diagnostic.FilePath, diagnostic.Id + " has a severity other than its descriptor's");
            CheckSpan(diagnostic.Span, text!, diagnostic.FilePath, diagnostic.ToMSBuildString());
        }
    }

    /// <summary>
    /// The span lies in the text, and its line and column are those of its offsets, computed
    /// here independently of <see cref="LineMap"/>: lines end at LF, CRLF or CR only, a leading
    /// BOM is no column, and a column may point just past a line's last character but never
    /// into its line break.
    /// </summary>
    public static void CheckSpan(SourceSpan span, string text, string path, string what)
    {
        Require(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, path, what + ": span " + span.Start + "+" + span.Length + " is outside a file of " + text.Length + " characters");
        List<(int Start, int Length)> lines = Lines(text);
        CheckPosition(lines, span.Start, span.Line, span.Column, path, what + " (start)");
        CheckPosition(lines, span.End, span.EndLine, span.EndColumn, path, what + " (end)");
    }

    private static void CheckPosition(List<(int Start, int Length)> lines, int offset, int line, int column, string path, string what)
    {
        Require(line >= 1 && line <= lines.Count, path, what + ": line " + line + " of " + lines.Count);
        (int start, int length) = lines[line - 1];
        Require(column >= 1 && column - 1 <= length, path, what + ": column " + column + " on a line of " + length + " characters");
        Require(start + column - 1 == Math.Max(offset, lines[0].Start), path, what + ": (" + line + "," + column + ") is offset " + (start + column - 1) + ", not " + offset);
    }

    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] == '\r' || text[i] == '\n')
            {
                lines.Add((start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length - start));
        return lines;
    }

    private static string FieldText(ArticleFile article, string field)
    {
        Require(Array.IndexOf(ArticleFields.All, field) >= 0, article.FilePath, "unknown field '" + field + "'");
        return article.GetFieldText(field);
    }

    private static void RequireInside(string text, int start, int length, string path, string what) =>
        Require(start >= 0 && length >= 0 && start + length <= text.Length, path, what + " at " + start + "+" + length + " is outside a text of " + text.Length + " characters");

    private static void Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(string.Format(CultureInfo.InvariantCulture, "{0}: {1}", path, message));
        }
    }
}
