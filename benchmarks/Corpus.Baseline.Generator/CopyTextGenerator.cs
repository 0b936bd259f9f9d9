using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Baseline.Generator;

/// <summary>
/// Copies every corpus file's text, as written, into UTF-8 literals: no parsing, no binding,
/// no annotations. It keeps to the two limits of Roslyn that any generator of this size must
/// respect (a bounded number of outputs, and literals of at most about 1 MB, each in its own
/// member), so the build benchmark compares Corpus.Generator with the cost of the text itself,
/// not with a strawman.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CopyTextGenerator : IIncrementalGenerator
{
    /// <summary>The same bound on outputs as Corpus.Generator.</summary>
    private const int GroupCount = 16;

    /// <summary>The same bound on one literal as Corpus.Generator.</summary>
    private const int MaxChunkLength = 256 * 1024;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Path, string Text)> files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".txt", System.StringComparison.Ordinal))
            .Select(static (file, ct) => (file.Path, file.GetText(ct)?.ToString() ?? string.Empty));

        context.RegisterSourceOutput(files.Collect(), static (spc, all) => Emit(spc, all));
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<(string Path, string Text)> files)
    {
        (string Path, string Text)[] sorted = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToArray();
        for (int group = 0; group < GroupCount; group++)
        {
            var source = new StringBuilder("namespace CopiedCorpus\n{\ninternal static class Group")
                .Append(group.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");
            for (int i = group; i < sorted.Length; i += GroupCount)
            {
                string text = sorted[i].Text;
                for (int start = 0, chunk = 0; start < text.Length; chunk++)
                {
                    int length = System.Math.Min(MaxChunkLength, text.Length - start);
                    if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                    {
                        length--; // a surrogate pair stays in one literal
                    }

                    source.Append("internal static global::System.ReadOnlySpan<byte> File")
                        .Append(i.ToString(CultureInfo.InvariantCulture)).Append('_').Append(chunk.ToString(CultureInfo.InvariantCulture))
                        .Append(" => ");
                    AppendLiteral(source, text, start, length);
                    source.Append("u8;\n");
                    start += length;
                }
            }

            source.Append("}\n}\n");
            context.AddSource("Group" + group.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs", SourceText.From(source.ToString(), Encoding.UTF8));
        }
    }

    /// <summary>A string literal; every character C# could read as a line break or a delimiter is escaped.</summary>
    private static void AppendLiteral(StringBuilder builder, string text, int start, int length)
    {
        builder.Append('"');
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }
}
