using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Fuzz;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The fuzzer's targets, run in the normal suite on every input the fuzzer ever failed on
/// (fuzz/regressions) and on a sample of the inputs that reached new code (fuzz/corpus-sample),
/// so a fixed crash stays fixed and the harness itself cannot rot.
/// </summary>
public sealed class FuzzReplayTests
{
    public static TheoryData<string> Inputs() => new(InputFiles());

    private static List<string> InputFiles()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "FuzzInputs");
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void The_inputs_were_copied()
    {
        List<string> inputs = InputFiles();

        Assert.Contains("regressions/generator/nesting-40-deep", inputs);
        Assert.True(inputs.Count(i => i.StartsWith("corpus-sample/", StringComparison.Ordinal)) >= 50, string.Join(", ", inputs));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Both_targets_hold_on_the_input(string input)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "FuzzInputs", input));

        FuzzTargets.Syntax(bytes);
        FuzzTargets.Generator(bytes);
    }
}
