using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Syntax.Text;

/// <summary>
/// Unicode NFC, so the same corpus gives the same offsets on every OS and editor.
/// Normalisation can change lengths, so the text is normalised piece by piece between
/// the offsets that annotations use: each of them keeps an exact new position.
/// </summary>
public static class TextNormalizer
{
    public static OffsetMap Normalize(string text, List<int> boundaries)
    {
        if (IsNormalizedOrUnnormalizable(text))
        {
            return new OffsetMap(text, null);
        }

        var cuts = new SortedSet<int>(boundaries) { 0, text.Length };
        var moves = new Dictionary<int, int>(cuts.Count);
        var builder = new StringBuilder(text.Length);
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0)
            {
                builder.Append(NormalizePiece(text.Substring(previous, cut - previous)));
            }

            moves[cut] = builder.Length;
            previous = cut;
        }

        return new OffsetMap(builder.ToString(), moves);
    }

    public static string Normalize(string text) => IsNormalizedOrUnnormalizable(text) ? text : NormalizePiece(text);

    private static string NormalizePiece(string piece)
    {
        try
        {
            return piece.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return piece; // a lone surrogate: leave the piece exactly as written
        }
    }

    /// <summary>
    /// True when the text is already NFC (the common case, checked without copying), or
    /// cannot be normalised at all (invalid UTF-16 such as a lone surrogate, or a runtime
    /// without normalisation data), in which case it is kept exactly as written.
    /// </summary>
    private static bool IsNormalizedOrUnnormalizable(string text)
    {
        if (IsStable(text))
        {
            return true;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (PlatformNotSupportedException)
        {
            return true;
        }
    }

    /// <summary>
    /// True when every character is one that NFC leaves alone whatever surrounds it: below
    /// U+0300 (the first combining mark), or typographic punctuation (U+2010–U+2027 and
    /// U+2030–U+205E: dashes, curly quotes, ellipsis, primes), which has no decomposition,
    /// combining class 0 and composes with nothing. News text is made of these, and the check
    /// spares it a pass of the platform's normaliser. U+2000 and U+2001 decompose, so the
    /// spaces before U+2010 are left to the normaliser.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    internal static bool IsStable(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x300 && (c < 0x2010 || c > 0x205E || (c > 0x2027 && c < 0x2030)))
            {
                return false;
            }
        }

        return true;
    }
}
