using System.Collections.Generic;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>One item of a <c>;</c>-separated value, trimmed, with its offset in the file.</summary>
internal readonly record struct ListItem(string Text, int Start)
{
    public static List<ListItem> Split(string value, int valueStart)
    {
        var items = new List<ListItem>();
        int start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != ';')
            {
                continue;
            }

            int a = KeyValueLine.SkipBlanks(value, start);
            int b = i;
            while (b > a && KeyValueLine.IsBlank(value[b - 1]))
            {
                b--;
            }

            // An item of invisible white space only ('aliases: \u00A0; X') is an empty item, ignored.
            if (b > a && !BlankText.IsBlank(value, a, b))
            {
                items.Add(new ListItem(value.Substring(a, b - a), valueStart + a));
            }

            start = i + 1;
        }

        return items;
    }
}
