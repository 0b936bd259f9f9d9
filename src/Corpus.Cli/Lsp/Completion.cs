using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Syntax;
using Corpus.Syntax.Naming;
using NamingIds = Corpus.Syntax.Naming.Ids;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>textDocument/completion</c> inside an annotation being typed: entity ids after <c>@</c>
/// (matched on the id, its words, the name and every alias, so <c>{@mr</c> offers
/// <c>victor-cha</c> through its alias "Mr. Cha"), the words <c>says</c>, <c>term</c>,
/// <c>direct</c> and <c>partial</c> (those that fit what the annotation follows), and
/// <c>#name</c>s made from the annotated text. Works on the raw text, since a half-typed
/// annotation is not in the parse. Looks back at most <see cref="MaxLookBehind"/> characters,
/// so a 10 MB line costs no more than a short one.
/// </summary>
internal static class Completion
{
    public const int MaxItems = 100;

    private const int MaxLookBehind = 2000;

    // Protocol CompletionItemKind values.
    private const int KeywordKind = 14;
    private const int ReferenceKind = 18;
    private const int FieldKind = 5;

    public static readonly string[] TriggerCharacters = { "@", "#", "{" };

    public static CompletionList Complete(CorpusWorkspace workspace, CorpusDocument document, int offset)
    {
        string text = document.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        int lineStart = document.Lines.GetLineStart(document.Lines.GetLineNumber(offset));
        int limit = Math.Max(lineStart, offset - MaxLookBehind);
        int wordStart = offset;
        while (wordStart > limit && !IsSeparator(text[wordStart - 1]) && text[wordStart - 1] != '{' && text[wordStart - 1] != ';')
        {
            wordStart--;
        }

        string word = text.Substring(wordStart, offset - wordStart);
        int open = FindOpenBrace(text, offset, limit);
        if (word.StartsWith('@') && word.IndexOf('}', StringComparison.Ordinal) < 0)
        {
            // In an annotation, a registry (affiliations) or a front-matter 'source:'.
            return Ids(workspace, word.Substring(1), LspPositions.ToRange(document.Lines, wordStart + 1, offset));
        }

        if (open < 0)
        {
            return new CompletionList(false, Array.Empty<CompletionItem>());
        }

        char target = open > 0 ? text[open - 1] : '\0';
        Range range = LspPositions.ToRange(document.Lines, wordStart, offset);
        if (word.StartsWith('#'))
        {
            return Names(document, text, open, target, word.Substring(1), LspPositions.ToRange(document.Lines, wordStart + 1, offset));
        }

        string[] words = target switch
        {
            ']' => new[] { "says" },
            '”' or '"' => new[] { "term", "direct", "partial" },
            _ => new[] { "says", "term", "direct", "partial" },
        };
        var items = new List<CompletionItem>();
        foreach (string keyword in words)
        {
            if (keyword.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                items.Add(new CompletionItem(keyword, KeywordKind, KeywordDetail(keyword), null, keyword, keyword, new TextEdit(range, keyword)));
            }
        }

        return new CompletionList(false, items);
    }

    /// <summary>The entities whose id, id words, name or aliases start with the typed prefix, best matches first.</summary>
    public static CompletionList Ids(CorpusWorkspace workspace, string prefix, Range range)
    {
        var matches = new List<(int Rank, EntityDeclaration Entity)>();
        foreach (EntityDeclaration entity in workspace.Entities.Entities)
        {
            int rank = Rank(entity, prefix);
            if (rank >= 0)
            {
                matches.Add((rank, entity));
            }
        }

        // The table is sorted by id; a stable sort by rank keeps ids in order within a rank.
        List<(int Rank, EntityDeclaration Entity)> best = matches.OrderBy(m => m.Rank).Take(MaxItems).ToList();
        var items = new List<CompletionItem>(best.Count);
        foreach ((int rank, EntityDeclaration entity) in best)
        {
            string documentation = entity.Description ?? string.Empty;
            if (entity.Aliases.Count > 0)
            {
                documentation += (documentation.Length > 0 ? "\n\n" : string.Empty) + "Aliases: " + string.Join("; ", entity.Aliases);
            }

            items.Add(new CompletionItem(
                entity.Id,
                ReferenceKind,
                entity.Kind.ToKeyword() + " · " + entity.Name,
                documentation.Length == 0 ? null : MarkupContent.Markdown(documentation),
                rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + entity.Id,
                // What the client filters on: the typed prefix (which matched on the server) first,
                // so a match through an alias is not filtered out by the client again.
                prefix + " " + entity.Id + " " + entity.Name + (entity.Aliases.Count > 0 ? " " + string.Join(" ", entity.Aliases) : string.Empty),
                new TextEdit(range, entity.Id)));
        }

        // Incomplete: the list depends on the prefix, so the client asks again as it grows.
        return new CompletionList(true, items);
    }

    /// <summary>0 id prefix, 1 prefix of a word of the id, 2 prefix of the name or an alias, 3 of one of their words; -1 no match.</summary>
    private static int Rank(EntityDeclaration entity, string prefix)
    {
        if (prefix.Length == 0 || entity.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (StartsAnyWord(entity.Id, prefix, '-'))
        {
            return 1;
        }

        bool any = false;
        foreach (string form in entity.Aliases.Prepend(entity.Name))
        {
            if (form.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }

            any |= StartsAnyWord(form, prefix, ' ');
        }

        return any ? 3 : -1;
    }

    private static bool StartsAnyWord(string text, string prefix, char separator)
    {
        for (int i = text.IndexOf(separator, StringComparison.Ordinal); i >= 0; i = text.IndexOf(separator, i + 1))
        {
            if (string.Compare(text, i + 1, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0 && text.Length - i - 1 >= prefix.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>#name</c>s for the annotated text: its first words in kebab-case (the build turns a
    /// name into a member of the article's class), unless the article already uses them.
    /// </summary>
    private static CompletionList Names(CorpusDocument document, string text, int open, char target, string prefix, Range range)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (MentionSyntax mention in document.Article?.Mentions ?? default)
        {
            if (mention.Name is not null)
            {
                taken.Add(mention.Name);
            }
        }

        foreach (QuotationSyntax quotation in document.Article?.Quotations ?? default)
        {
            if (quotation.Name is not null)
            {
                taken.Add(quotation.Name);
            }
        }

        string? annotated = AnnotatedText(text, open, target);
        var candidates = new List<string>();
        if (annotated is not null)
        {
            string[] words = annotated.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
            for (int count = 1; count <= Math.Min(3, words.Length); count++)
            {
                string? name = NamingIds.Suggest(string.Join(" ", words.Take(count)));
                if (name is not null && !candidates.Contains(name))
                {
                    candidates.Add(name);
                }
            }
        }

        var items = new List<CompletionItem>();
        foreach (string name in candidates)
        {
            if (!taken.Contains(name) && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                items.Add(new CompletionItem(name, FieldKind, "member " + CSharpNames.FromId(name) + " of the article's class", null, name, name, new TextEdit(range, name)));
            }
        }

        return new CompletionList(false, items);
    }

    /// <summary>The text the annotation at <paramref name="open"/> annotates: back to the matching '[' or opening quotation mark.</summary>
    private static string? AnnotatedText(string text, int open, char target)
    {
        int end = open - 1;
        int limit = Math.Max(0, end - MaxLookBehind);
        if (target == ']')
        {
            int depth = 0;
            for (int i = end; i >= limit; i--)
            {
                if (text[i] == ']')
                {
                    depth++;
                }
                else if (text[i] == '[' && --depth == 0)
                {
                    return text.Substring(i + 1, end - i - 1);
                }
            }
        }
        else if (target is '”' or '"')
        {
            char opening = target == '”' ? '“' : '"';
            for (int i = end - 1; i >= limit; i--)
            {
                if (text[i] == opening)
                {
                    return text.Substring(i + 1, end - i - 1);
                }
            }
        }

        return null;
    }

    /// <summary>The '{' of the annotation the cursor is in, or -1 when a '}' or the line start comes first.</summary>
    private static int FindOpenBrace(string text, int offset, int limit)
    {
        for (int i = offset - 1; i >= limit; i--)
        {
            if (text[i] == '}')
            {
                return -1;
            }

            if (text[i] == '{')
            {
                return i;
            }
        }

        return -1;
    }

    private static string KeywordDetail(string keyword) => keyword switch
    {
        "says" => "reported speech: [what was said]{says @speaker}",
        "term" => "a term, title or scare quote, not a quotation",
        "direct" => "a whole-sentence quotation (overrides the inferred kind)",
        _ => "a fragment of a quotation (overrides the inferred kind)",
    };

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\n' or '\r';
}
