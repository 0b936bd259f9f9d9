using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>What an annotation follows: a <c>[…]</c> span or a closing quotation mark.</summary>
internal enum AnnotationTarget
{
    Bracket,
    Quotation,
}

/// <summary>
/// Reads the words inside <c>{…}</c>: <c>@id</c>, <c>says</c>, <c>term</c>, <c>#name</c>,
/// <c>direct</c>, <c>partial</c>. Each malformed word yields one diagnostic, and a mistake of the
/// whole annotation one more; an annotation with any mistake yields no annotation.
/// </summary>
internal static class AnnotationParser
{
    private static readonly string[] Words = { "says", "term", "direct", "partial" };

    /// <param name="text">The paragraph's characters.</param>
    /// <param name="open">Index of '{'.</param>
    /// <param name="close">Index of the matching '}'.</param>
    /// <param name="target">What the annotation follows, which decides the words it may hold.</param>
    /// <param name="spanOf">Maps a local range [a, b) to its place in the file.</param>
    /// <param name="diagnostics">Receives the one diagnostic of a malformed annotation.</param>
    [System.Runtime.CompilerServices.MethodImpl(Corpus.Syntax.Text.HotPath.Optimized)]
    public static Annotation? Parse(
        char[] text,
        int open,
        int close,
        AnnotationTarget target,
        System.Func<int, int, SourceSpan> spanOf,
        DiagnosticBag diagnostics)
    {
        string whole = new(text, open, close - open + 1);
        string shown = Excerpt.Of(whole);
        SourceSpan wholeSpan = spanOf(open, close + 1);
        EntityReference? reference = null;
        string? name = null;
        SourceSpan nameSpan = default;
        bool says = false;
        bool term = false;
        QuoteKind? kind = null;
        int wordCount = 0;
        // Every malformed word is reported (CG0303, CG0309, a bad '#name'); a combination of
        // well-formed words that makes no sense is one CG0308, reported only when no word is wrong.
        bool wordsInError = false;
        SourceSpan conflictSpan = default;
        string? conflict = null;

        int i = open + 1;
        while (i < close)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < close && !IsSeparator(text[i]))
            {
                i++;
            }

            wordCount++;
            int length = i - start;
            SourceSpan wordSpan = spanOf(start, i);
            // The words are compared where they stand; a string is made only for what is kept
            // (an id, a name) or quoted in a diagnostic.
            if (text[start] == '@')
            {
                string id = new(text, start + 1, length - 1);
                if (!Ids.IsValid(id))
                {
                    // '{@ china}': the id is the next word, detached from its '@'.
                    string? suggestion = id.Length == 0 ? NextWord(text, i, close) : Ids.Suggest(id);
                    diagnostics.Add(
                        DiagnosticDescriptors.InvalidReference,
                        wordSpan,
                        Excerpt.Of(text, start, length),
                        (suggestion is null || !Ids.IsValid(suggestion) ? string.Empty : " (did you mean '@" + Excerpt.Of(suggestion) + "'?)") + Invisible.Describe(id));
                    wordsInError = true;
                    if (id.Length == 0 && suggestion is not null)
                    {
                        i = SkipWord(text, i, close); // the detached id is part of this one mistake
                    }
                }
                else if (reference is not null)
                {
                    Conflict(ref conflict, ref conflictSpan, wordSpan, "it names more than one entity ('@" + Excerpt.Of(reference.Id) + "' and '" + Excerpt.Of(text, start, length) + "')");
                }
                else
                {
                    reference = new EntityReference(id, wordSpan);
                }
            }
            else if (text[start] == '#')
            {
                string candidate = new(text, start + 1, length - 1);
                if (!Ids.IsValid(candidate))
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidAnnotation, wordSpan, shown, "'" + Excerpt.Of(text, start, length) + "' is not a valid name (a '#' and a kebab-case name)");
                    wordsInError = true;
                }
                else if (name is not null)
                {
                    Conflict(ref conflict, ref conflictSpan, wordSpan, "it has more than one name ('#" + Excerpt.Of(name) + "' and '" + Excerpt.Of(text, start, length) + "')");
                }
                else
                {
                    name = candidate;
                    nameSpan = wordSpan;
                }
            }
            else if (IsWord(text, start, length, "says"))
            {
                says = true;
            }
            else if (IsWord(text, start, length, "term"))
            {
                term = true;
            }
            else if (IsWord(text, start, length, "direct") || IsWord(text, start, length, "partial"))
            {
                QuoteKind requested = IsWord(text, start, length, "direct") ? QuoteKind.Direct : QuoteKind.Partial;
                if (kind is not null && kind != requested)
                {
                    Conflict(ref conflict, ref conflictSpan, wordSpan, "it says both 'direct' and 'partial'");
                }

                kind = requested;
            }
            else
            {
                string word = new(text, start, length);
                string hint = Ids.IsValid(word) && Suggestions.Nearest(word, Words) is null
                    ? " (did you mean '@" + Excerpt.Of(word) + "'?)"
                    : Suggestions.DidYouMean(word, Words);
                diagnostics.Add(DiagnosticDescriptors.UnknownAnnotationWord, wordSpan, Excerpt.Of(word), hint);
                wordsInError = true;
            }
        }

        if (wordsInError)
        {
            return null;
        }

        if (conflict is not null)
        {
            return Invalid(diagnostics, conflictSpan, shown, conflict);
        }

        if (wordCount == 0)
        {
            return Invalid(diagnostics, wholeSpan, shown, "it is empty");
        }

        string? problem = target == AnnotationTarget.Bracket
            ? CheckBracket(reference, says, term, kind)
            : CheckQuotation(reference, says, term, name, kind);
        if (problem is not null)
        {
            return Invalid(diagnostics, wholeSpan, shown, problem);
        }

        return new Annotation(whole, wholeSpan, reference, says, term, name, nameSpan, kind);
    }

    /// <summary>Keeps the first conflict between well-formed words, where the word that conflicts stands.</summary>
    private static void Conflict(ref string? conflict, ref SourceSpan conflictSpan, SourceSpan wordSpan, string reason)
    {
        if (conflict is null)
        {
            conflict = reason;
            conflictSpan = wordSpan;
        }
    }

    private static string? CheckBracket(EntityReference? reference, bool says, bool term, QuoteKind? kind)
    {
        if (term)
        {
            return "'term' marks text in quotation marks, not a [...] span";
        }

        if (kind is not null)
        {
            return "'direct' and 'partial' apply to quotations in quotation marks, not to a [...] span";
        }

        if (reference is null)
        {
            return says ? "'says' needs a speaker: {says @id}" : "a [...] span needs an entity: {@id} for a mention or {says @id} for reported speech";
        }

        return null;
    }

    private static string? CheckQuotation(EntityReference? reference, bool says, bool term, string? name, QuoteKind? kind)
    {
        if (says)
        {
            return "'says' marks reported speech in a [...] span; a quotation takes {@id}";
        }

        if (term && reference is not null)
        {
            return "a term has no speaker: write {term} or {@id}, not both";
        }

        if (term && (name is not null || kind is not null))
        {
            return "a term takes no name and no kind";
        }

        return null;
    }

    private static Annotation? Invalid(DiagnosticBag diagnostics, SourceSpan span, string shown, string reason)
    {
        diagnostics.Add(DiagnosticDescriptors.InvalidAnnotation, span, shown, reason);
        return null;
    }

    /// <summary>
    /// Spaces, tabs and no-break spaces (which word processors put after '@' or before '#'):
    /// inside '{…}' they can only have been meant as separators.
    /// </summary>
    private static bool IsSeparator(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';

    /// <summary>Where the word after <paramref name="from"/> ends.</summary>
    private static int SkipWord(char[] text, int from, int close)
    {
        while (from < close && IsSeparator(text[from]))
        {
            from++;
        }

        while (from < close && !IsSeparator(text[from]))
        {
            from++;
        }

        return from;
    }

    private static string? NextWord(char[] text, int from, int close)
    {
        int start = from;
        while (start < close && IsSeparator(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < close && !IsSeparator(text[end]))
        {
            end++;
        }

        return end > start ? new string(text, start, end - start) : null;
    }

    /// <summary>Whether a '{' that follows neither ']' nor a closing mark was meant as an annotation.</summary>
    public static bool LooksLikeAnnotation(char[] text, int open, int end)
    {
        int next = open + 1;
        if (next >= end)
        {
            return false;
        }

        if (text[next] == '@' || text[next] == '#')
        {
            return true;
        }

        return StartsWithWord(text, next, end, "says") || StartsWithWord(text, next, end, "term");
    }

    /// <summary>Whether text[start, start + length) is <paramref name="word"/>.</summary>
    private static bool IsWord(char[] text, int start, int length, string word)
    {
        if (length != word.Length)
        {
            return false;
        }

        for (int k = 0; k < length; k++)
        {
            if (text[start + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithWord(char[] text, int at, int end, string word)
    {
        if (at + word.Length >= end)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (text[at + k] != word[k])
            {
                return false;
            }
        }

        char after = text[at + word.Length];
        return after == '}' || IsSeparator(after);
    }

    internal static IReadOnlyList<string> KnownWords => Words;
}
