using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Syntax;
using Corpus.Syntax.Tests.Reliability;

namespace Corpus.Fuzz;

/// <summary>
/// The two things fuzzed, each a function of raw bytes that throws when an invariant breaks
/// (an escaping exception is what the fuzzer records as a crash). The test suite calls the
/// same functions on every input kept in fuzz/regressions.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Corpus.Syntax alone: parse, bind and validate (see <see cref="SyntaxInvariants"/>).</summary>
    public static void Syntax(ReadOnlySpan<byte> data)
    {
        FuzzInput input = FuzzInput.Split(data);
        var files = new List<CorpusSourceFile>(input.Files.Count);
        foreach ((string path, byte[] bytes) in input.Files)
        {
            // As the CLI decodes a file: invalid bytes become U+FFFD, a BOM stays a U+FEFF character.
            files.Add(new CorpusSourceFile(path, Encoding.UTF8.GetString(bytes)));
        }

        if (files.Count == 1)
        {
            SyntaxInvariants.CheckAlone(files[0].Text);
        }
        else
        {
            SyntaxInvariants.Check(files);
        }
    }

    /// <summary>The whole generator inside Roslyn's driver (see <see cref="GeneratorInvariants"/>).</summary>
    public static void Generator(ReadOnlySpan<byte> data) => GeneratorInvariants.Check(FuzzInput.Split(data));

    /// <summary>
    /// Checks the harness, not the code: the syntax target, plus a crash on any input with two
    /// file separators in a row, which no seed has and a few mutations make. A run of it must
    /// report crashes within seconds (fuzz/run.sh selftest 60): zero crashes from the real targets
    /// mean something only because this one has them.
    /// </summary>
    public static void SelfTest(ReadOnlySpan<byte> data)
    {
        Syntax(data);
        if (data.IndexOf(new byte[] { FuzzInput.FileSeparator, FuzzInput.FileSeparator }) >= 0)
        {
            throw new InvalidOperationException("self-test crash: two file separators in a row");
        }
    }

    public static Action<byte[]> Get(string name) => name switch
    {
        "syntax" => bytes => Syntax(bytes),
        "generator" => bytes => Generator(bytes),
        "selftest" => bytes => SelfTest(bytes),
        _ => throw new ArgumentException("Unknown target '" + name + "': the targets are syntax, generator and selftest.", nameof(name)),
    };
}
