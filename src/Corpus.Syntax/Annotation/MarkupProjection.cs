using System.Collections.Generic;
using System.Text;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// An article file seen as its annotated texts: for the body and each front-matter field
/// that takes markup, the plain text (as the parser builds it: trimmed lines joined by a
/// space, paragraphs by a blank line, markup and escapes removed) and, for each of its
/// characters, where it stands in the file. The suggestions are found in plain text; this
/// map is what puts them back into the file (as markup, or as a diagnostic's line and
/// column). One linear pass per paragraph, with an explicit bracket stack.
/// </summary>
public sealed class MarkupProjection
{
    private static readonly string[] MarkupFields = { ArticleFields.Summary, ArticleFields.Image, ArticleFields.ImageCredit, ArticleFields.Note };

    private readonly bool[] _markup;

    private MarkupProjection(string source, bool[] markup, List<ProjectedField> fields)
    {
        Source = source;
        _markup = markup;
        Fields = fields;
    }

    /// <summary>The file as it was read.</summary>
    public string Source { get; }

    /// <summary>The body and the front-matter fields that take markup, in file order.</summary>
    public IReadOnlyList<ProjectedField> Fields { get; }

    /// <summary>The field with this name, or null when the file has none.</summary>
    public ProjectedField? Find(string name)
    {
        foreach (ProjectedField field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Whether the character at this file offset is markup (a bracket, an annotation, an escape's backslash).</summary>
    public bool IsMarkup(int offset) => _markup[offset];

    /// <summary>The file without its markup, line breaks and layout kept: the article as it was before annotation.</summary>
    public string WithoutMarkup()
    {
        var builder = new StringBuilder(Source.Length);
        for (int i = 0; i < Source.Length; i++)
        {
            if (!_markup[i])
            {
                builder.Append(Source[i]);
            }
        }

        return builder.ToString();
    }

    public static MarkupProjection Create(string source)
    {
        var markup = new bool[source.Length];
        var fields = new List<ProjectedField>();
        var lines = ReadLines(source);
        int first = 0;
        int bodyLine = 0;
        if (lines.Count > 0 && IsFence(source, lines[0], allowBom: true))
        {
            int close = -1;
            for (int l = 1; l < lines.Count; l++)
            {
                if (IsFence(source, lines[l], allowBom: false))
                {
                    close = l;
                    break;
                }
            }

            if (close < 0)
            {
                // An unclosed front matter: the parser reports it; nothing here is annotatable.
                return new MarkupProjection(source, markup, fields);
            }

            for (int l = 1; l < close; l++)
            {
                ReadField(source, lines[l], markup, fields);
            }

            first = close + 1;
        }

        bodyLine = first;
        var body = new FieldBuilder(ArticleFields.Body);
        var paragraph = new List<(int Start, int End)>();
        for (int l = bodyLine; l <= lines.Count; l++)
        {
            (int Start, int End) line = l < lines.Count ? Trim(source, lines[l]) : (0, 0);
            if (l == lines.Count || line.Start == line.End)
            {
                if (paragraph.Count > 0)
                {
                    if (body.Length > 0)
                    {
                        body.Add('\n', -1);
                        body.Add('\n', -1);
                    }

                    Project(source, paragraph, markup, body);
                    paragraph.Clear();
                }

                continue;
            }

            paragraph.Add(line);
        }

        fields.Add(body.Build());
        return new MarkupProjection(source, markup, fields);
    }

    private static void ReadField(string source, (int Start, int End) line, bool[] markup, List<ProjectedField> fields)
    {
        int colon = source.IndexOf(':', line.Start, line.End - line.Start);
        if (colon < 0)
        {
            return;
        }

        string key = source.Substring(line.Start, colon - line.Start);
        if (System.Array.IndexOf(MarkupFields, key) < 0 || fields.Exists(f => f.Name == key))
        {
            return;
        }

        (int Start, int End) value = Trim(source, (colon + 1, line.End));
        if (value.Start == value.End)
        {
            return;
        }

        var field = new FieldBuilder(key);
        Project(source, new List<(int Start, int End)> { value }, markup, field);
        fields.Add(field.Build());
    }

    /// <summary>
    /// One paragraph: a '[' is markup when its ']' is followed by '{'; a '{' right after ']' or
    /// a closing mark opens an annotation that runs to the next '}'; a '\' before one of the
    /// escapable characters is markup and makes that character plain.
    /// </summary>
    private static void Project(string source, List<(int Start, int End)> lines, bool[] markup, FieldBuilder field)
    {
        // The paragraph's characters with their file offsets; a line break stands as one space.
        var chars = new List<char>();
        var offsets = new List<int>();
        for (int l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                chars.Add(' ');
                offsets.Add(-1);
            }

            for (int i = lines[l].Start; i < lines[l].End; i++)
            {
                chars.Add(source[i]);
                offsets.Add(i);
            }
        }

        int n = chars.Count;
        var isMarkup = new bool[n];
        var literal = new bool[n];
        for (int i = 0; i + 1 < n; i++)
        {
            if (chars[i] == '\\' && !literal[i] && IsEscapable(chars[i + 1]))
            {
                isMarkup[i] = true;
                literal[i + 1] = true;
                i++;
            }
        }

        var open = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (isMarkup[i] || literal[i])
            {
                continue;
            }

            char c = chars[i];
            if (c == '[')
            {
                open.Add(i);
            }
            else if (c == ']' || c == '”' || c == '"')
            {
                bool annotated = i + 1 < n && chars[i + 1] == '{' && !literal[i + 1];
                int close = annotated ? IndexOf(chars, '}', i + 2) : -1;
                if (c == ']' && open.Count > 0)
                {
                    int opener = open[open.Count - 1];
                    open.RemoveAt(open.Count - 1);
                    if (close >= 0)
                    {
                        isMarkup[opener] = true;
                    }
                }
                else if (c == ']')
                {
                    continue;
                }

                if (close >= 0)
                {
                    if (c == ']')
                    {
                        isMarkup[i] = true;
                    }

                    for (int k = i + 1; k <= close; k++)
                    {
                        isMarkup[k] = true;
                    }

                    i = close;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (isMarkup[i])
            {
                if (offsets[i] >= 0)
                {
                    markup[offsets[i]] = true;
                }
            }
            else
            {
                field.Add(chars[i], offsets[i]);
            }
        }
    }

    private static int IndexOf(List<char> chars, char c, int from)
    {
        for (int i = from; i < chars.Count; i++)
        {
            if (chars[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsEscapable(char c) => c is '[' or ']' or '{' or '}' or '“' or '”' or '"' or '\\';

    private static bool IsBlank(char c) => c == ' ' || c == '\t';

    private static (int Start, int End) Trim(string source, (int Start, int End) line)
    {
        int a = line.Start, b = line.End;
        while (a < b && IsBlank(source[a]))
        {
            a++;
        }

        while (b > a && IsBlank(source[b - 1]))
        {
            b--;
        }

        return (a, b);
    }

    private static bool IsFence(string source, (int Start, int End) line, bool allowBom)
    {
        int start = line.Start;
        if (allowBom && start < line.End && source[start] == '\uFEFF')
        {
            start++;
        }

        (int Start, int End) trimmed = Trim(source, (start, line.End));
        return trimmed.End - trimmed.Start == 3 && string.CompareOrdinal(source, trimmed.Start, "---", 0, 3) == 0;
    }

    /// <summary>Lines end at LF, CRLF or a lone CR, as the format says.</summary>
    private static List<(int Start, int End)> ReadLines(string source)
    {
        var lines = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add((start, i));
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, source.Length));
        return lines;
    }

    private sealed class FieldBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _offsets = new();

        public FieldBuilder(string name) => Name = name;

        public string Name { get; }

        public int Length => _text.Length;

        public void Add(char c, int offset)
        {
            _text.Append(c);
            _offsets.Add(offset);
        }

        public ProjectedField Build() => new(Name, _text.ToString(), _offsets.ToArray());
    }
}

/// <summary>
/// One annotated text of a file in plain form. <see cref="SourceOffsets"/> gives, for each
/// plain character, its offset in the file, or -1 for the space that stands for a line
/// break and the blank line between paragraphs.
/// </summary>
public sealed class ProjectedField
{
    public ProjectedField(string name, string text, int[] sourceOffsets)
    {
        Name = name;
        Text = text;
        SourceOffsets = sourceOffsets;
    }

    public string Name { get; }

    public string Text { get; }

    public int[] SourceOffsets { get; }

    /// <summary>The file offset where a plain range starts (its first character's).</summary>
    public int SourceStart(int plainStart)
    {
        for (int i = plainStart; i < SourceOffsets.Length; i++)
        {
            if (SourceOffsets[i] >= 0)
            {
                return SourceOffsets[i];
            }
        }

        return -1;
    }

    /// <summary>The file offset just past a plain range (after its last character).</summary>
    public int SourceEnd(int plainEnd)
    {
        for (int i = plainEnd - 1; i >= 0; i--)
        {
            if (SourceOffsets[i] >= 0)
            {
                return SourceOffsets[i] + 1;
            }
        }

        return -1;
    }
}
