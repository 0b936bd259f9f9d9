using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests.Diagnostics;

/// <summary>
/// Corpus text quoted in a diagnostic never reaches a terminal or a build log raw: an ESC
/// sequence, another control, a bidi override or a line separator is written as \uXXXX in
/// every message, whichever diagnostic quotes it.
/// </summary>
public sealed class MessageEscapingTests
{
    /// <summary>Starts a device control string, resets the terminal, turns the output red (C1 CSI), reverses the text, breaks the line.</summary>
    private const string Hostile = "\u001BPz\u0007\u001Bc\u009B31m\u202E\u2066\u2028\u2029\u0085\u007F";

    /// <summary>The same without the characters that separate words (U+2028, U+2029, U+0085), for places that hold one word.</summary>
    private const string HostileWord = "\u001BPz\u0007\u001Bc\u009B31m\u202E\u2066\u007F";

    private const string Shown = "\\u001BPz\\u0007\\u001Bc\\u009B31m\\u202E\\u2066";

    private const string Escaped = "\\u001B]0;t\\u0007\\u001B[32mOK\\u202E\\u2066\\u2028\\u2029\\u0085\\u009B\\u0009\\u007F";

    private const string Registry = "@a person\nname: A\n\n@b person\nname: B\n";

    public static TheoryData<string, string, string> Places => new()
    {
        // id, registry, article; {H} stands for the hostile text, {W} for the hostile word.
        // (A key, front matter's or registry's, holding such characters is no key: CG0106, CG0200.)
        { "CG0103", Registry, "---\ntitle: T\npublished: {H}\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0104", Registry, "---\ntitle: T\nlanguage: {W}\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0105", Registry, "---\ntitle: T\ntags: a{W}b\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0106", Registry, "---\ntitle: T\nnot a {H} pair\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0108", Registry, "---\ntitle: T\nid: x{W}\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0111", Registry, "---\ntitle: T {@a{H}}\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0200", Registry + "\nstray {H} line\n", "---\ntitle: T\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0201", Registry + "\n@c kind{W}\nname: C\n", "---\ntitle: T\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0204", Registry + "\n@c person\nname: C\nwikidata: Q{H}\n", "---\ntitle: T\n---\n[A]{@a} [B]{@b} [C]{@c}\n" },
        { "CG0206", Registry + "\n@c{W} person\nname: C\n", "---\ntitle: T\n---\n[A]{@a} [B]{@b}\n" },
        { "CG0209", Registry + "\n@c person\nname: C\naffiliations: x{W}\n", "---\ntitle: T\n---\n[A]{@a} [B]{@b} [C]{@c}\n" },
        { "CG0302", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} [x]{@a {H}\n" },
        { "CG0303", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} [x]{@a w{W}}\n" },
        { "CG0304", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} x {@a{H}}\n" },
        { "CG0305", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} “q{H}”\n" },
        { "CG0306", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} [A{H}]{@a}\n" },
        { "CG0308", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} [x]{@a #N{W}}\n" },
        { "CG0309", Registry, "---\ntitle: T\n---\n[A]{@a} [B]{@b} [x]{@a{W}}\n" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Every_message_that_quotes_corpus_text_escapes_it(string id, string registry, string article)
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", registry.Replace("{H}", Hostile, System.StringComparison.Ordinal).Replace("{W}", HostileWord, System.StringComparison.Ordinal)),
            ("corpus/article.txt", article.Replace("{H}", Hostile, System.StringComparison.Ordinal).Replace("{W}", HostileWord, System.StringComparison.Ordinal)));

        List<CorpusDiagnostic> diagnostics = compilation.Diagnostics.WithoutUnused();
        string context = DiagnosticAssert.Describe(diagnostics);
        Assert.All(diagnostics, d => Assert.True(d.Message.All(c => c >= ' ' && (c < '\u007F' || c > '\u009F') && c is not ('\u202E' or '\u2066' or '\u2028' or '\u2029' or '\u0085')), context));
        CorpusDiagnostic quoting = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Contains(Shown, quoting.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_escape_writes_each_dangerous_character_as_its_code()
    {
        Assert.Equal(Escaped, MessageText.Escape("\u001B]0;t\u0007\u001B[32mOK\u202E\u2066\u2028\u2029\u0085\u009B\t\u007F"));
        Assert.Equal("a \\uD800 b \\uDC00 c 😀 \\u061C\\u200E\\u200F\\u202A\\u2069", MessageText.Escape("a \uD800 b \uDC00 c 😀 \u061C\u200E\u200F\u202A\u2069"));
        Assert.Equal(Escaped, MessageText.Escape(Escaped)); // idempotent
        const string plain = "Unknown entity '@victr-cha' (did you mean '@victor-cha'?) “é” \u200B";
        Assert.Same(plain, MessageText.Escape(plain));
    }

    [Fact]
    public void A_diagnostic_cannot_be_built_with_a_raw_control_whatever_way_it_is_made()
    {
        var diagnostic = new CorpusDiagnostic("CG0305", DiagnosticSeverity.Warning, "x\u001By", "f.txt", default);

        Assert.Equal("x\\u001By", diagnostic.Message);
        Assert.Equal("x\\u2028y", (diagnostic with { Message = "x\u2028y" }).Message);
        Assert.Equal("f.txt(0,0): warning CG0305: x\\u001By", diagnostic.ToMSBuildString());
    }
}
