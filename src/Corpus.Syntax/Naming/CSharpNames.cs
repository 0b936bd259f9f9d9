using System.Text;

namespace Corpus.Syntax.Naming;

/// <summary>How ids become C# identifiers: PascalCase, with '_' before a leading digit.</summary>
public static class CSharpNames
{
    /// <summary><c>xi-jinping</c> → <c>XiJinping</c>; <c>1984</c> → <c>_1984</c>.</summary>
    public static string FromId(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        bool upperNext = true;
        foreach (char c in id)
        {
            if (c == '-')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext && c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || (builder[0] >= '0' && builder[0] <= '9'))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
