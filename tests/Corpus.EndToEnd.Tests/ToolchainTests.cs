using System;
using System.IO;
using System.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// A consumer whose toolchain is too old for the generator gets one clear error, not a wall
/// of compile errors about generated code (Fixtures/old-langversion: a valid corpus).
/// </summary>
public sealed class ToolchainTests
{
    [Fact]
    public void A_CSharp_version_older_than_11_is_one_CG0901_error()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("old-langversion");

        ProcessResult build = packages.Build(project);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(
            new[]
            {
                "CSC : error CG0901: The generated corpus needs C# 11 or later (UTF-8 string literals); this project uses C# 10.0. Set <LangVersion>11</LangVersion> or later." +
                " (https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#cg0901) [" + Path.Combine(project, "OldLangVersion.csproj") + "]",
            },
            BuildOutput.Diagnostics(build));
    }

    /// <summary>
    /// Only the .NET 10 SDK is installed here, so the compiler version the package's targets
    /// read (CompilerApiVersion, which the SDK sets from its Roslyn) is given on the command
    /// line as an older SDK would have it.
    /// </summary>
    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_is_one_CGSDK01_error_before_compiling()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("old-langversion");

        ProcessResult build = packages.Build(project, "-p:CompilerApiVersion=roslyn4.4");

        // Only build/: the glue applies to the project that references the package, never to its consumers.
        string targets = Path.Combine(packages.Cache, "corpus.generator", PackedPackages.Version, "build", "Corpus.Generator.targets");
        string[] lines = File.ReadAllLines(targets);
        int index = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimStart().StartsWith("<Error Code=\"CGSDK01\"", StringComparison.Ordinal)).ElementAt(1);
        string position = "(" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," +
            (lines[index].IndexOf('<', StringComparison.Ordinal) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(
            new[]
            {
                targets + position + ": error CGSDK01: Corpus.Generator needs the .NET 8 SDK or later (MSBuild 17.8, Roslyn 4.8); this build compiles with Roslyn 4.4. [" +
                Path.Combine(project, "OldLangVersion.csproj") + "]",
            },
            BuildOutput.Diagnostics(build));
    }
}
