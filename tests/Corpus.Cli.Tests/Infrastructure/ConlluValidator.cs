using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// The format checks of the CoNLL-U specification (universaldependencies.org/format.html)
/// that UD's validator runs at level 1, plus its CorefUD rule for <c>Entity=</c>, written
/// here because that validator needs the udapi package, which no registry here serves.
/// Returns every problem as <c>line N: …</c>; an empty list is a valid file.
/// </summary>
internal static class ConlluValidator
{
    public static List<string> Validate(string conllu)
    {
        var errors = new List<string>();
        if (conllu.Contains('\r', StringComparison.Ordinal))
        {
            errors.Add("line 1: a CR character: lines end with LF only");
        }

        try
        {
            _ = new UTF8Encoding(false, true).GetBytes(conllu);
        }
        catch (EncoderFallbackException)
        {
            errors.Add("line 1: the text is not valid UTF-8 (a lone surrogate)");
        }

        if (conllu.Length > 0 && !conllu.EndsWith("\n\n", StringComparison.Ordinal))
        {
            errors.Add("line " + (conllu.Split('\n').Length - 1) + ": the file must end with the blank line after its last sentence");
        }

        string[] lines = conllu.Split('\n');
        var sentIds = new HashSet<string>(StringComparer.Ordinal);
        var comments = new List<string>();
        var tokens = new List<string[]>();
        bool globalEntity = false;
        int sentenceLine = 0;
        for (int n = 0; n < lines.Length - 1; n++)
        {
            string line = lines[n];
            int number = n + 1;
            if (line.Length == 0)
            {
                if (tokens.Count == 0)
                {
                    errors.Add("line " + number + ": a blank line that ends no sentence");
                }
                else
                {
                    CheckSentence(sentenceLine, comments, tokens, sentIds, errors);
                }

                comments.Clear();
                tokens.Clear();
                continue;
            }

            if (comments.Count == 0 && tokens.Count == 0)
            {
                sentenceLine = number;
            }

            if (line.Trim().Length != line.Length)
            {
                errors.Add("line " + number + ": leading or trailing white space");
            }

            if (line[0] == '#')
            {
                if (tokens.Count > 0)
                {
                    errors.Add("line " + number + ": a comment after the sentence's first token");
                }

                globalEntity |= line.StartsWith("# global.Entity", StringComparison.Ordinal);
                comments.Add(line);
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 10)
            {
                errors.Add("line " + number + ": " + columns.Length + " columns instead of 10");
                continue;
            }

            for (int c = 0; c < columns.Length; c++)
            {
                if (columns[c].Length == 0)
                {
                    errors.Add("line " + number + ": column " + (c + 1) + " is empty (write '_')");
                }
                else if (columns[c].Trim().Length != columns[c].Length)
                {
                    errors.Add("line " + number + ": column " + (c + 1) + " has leading or trailing white space");
                }
            }

            if (!int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id) || id != tokens.Count + 1)
            {
                errors.Add("line " + number + ": ID '" + columns[0] + "' where " + (tokens.Count + 1) + " was expected");
            }

            if (columns[9] != "_")
            {
                foreach (string attribute in columns[9].Split('|'))
                {
                    int equals = attribute.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0 || equals == attribute.Length - 1)
                    {
                        errors.Add("line " + number + ": MISC attribute '" + attribute + "' is not Key=Value");
                    }
                    else if (attribute.StartsWith("Entity=", StringComparison.Ordinal) && !globalEntity)
                    {
                        errors.Add("line " + number + ": 'Entity' in MISC without a '# global.Entity' comment (CorefUD's key)");
                    }
                }
            }

            tokens.Add(columns);
        }

        if (tokens.Count > 0)
        {
            errors.Add("line " + (lines.Length - 1) + ": the last sentence has no blank line after it");
        }

        return errors;
    }

    private static void CheckSentence(int line, List<string> comments, List<string[]> tokens, HashSet<string> sentIds, List<string> errors)
    {
        string? sentId = comments.Where(c => c.StartsWith("# sent_id = ", StringComparison.Ordinal)).Select(c => c["# sent_id = ".Length..]).FirstOrDefault();
        string? text = comments.Where(c => c.StartsWith("# text = ", StringComparison.Ordinal)).Select(c => c["# text = ".Length..]).FirstOrDefault();
        if (sentId is null)
        {
            errors.Add("line " + line + ": a sentence without '# sent_id = '");
        }
        else if (!sentIds.Add(sentId))
        {
            errors.Add("line " + line + ": sent_id '" + sentId + "' is not unique");
        }

        if (text is null)
        {
            errors.Add("line " + line + ": a sentence without '# text = '");
            return;
        }

        // The forms, each followed by a space unless SpaceAfter=No, spell the sentence's text.
        var spelled = new StringBuilder();
        for (int t = 0; t < tokens.Count; t++)
        {
            spelled.Append(tokens[t][1]);
            if (t + 1 < tokens.Count && !tokens[t][9].Split('|').Contains("SpaceAfter=No"))
            {
                spelled.Append(' ');
            }
        }

        if (!string.Equals(spelled.ToString(), text, StringComparison.Ordinal))
        {
            errors.Add("line " + line + ": the forms spell '" + spelled + "' but '# text' is '" + text + "'");
        }
    }
}
