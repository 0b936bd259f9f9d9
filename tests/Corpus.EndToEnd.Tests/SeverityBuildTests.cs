using Xunit;
using System.Collections.Generic;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// Severities configured the way a user configures them reach a real `dotnet build`. The
/// corpus of Fixtures/severity-corpus has two warnings, CG0305 and CG0306; each test adds one
/// kind of configuration to a fresh copy. The in-memory counterparts are in
/// Corpus.Generator.Tests/SeverityTests.cs.
/// </summary>
[Trait("Tier", "Full")]
public sealed class SeverityBuildTests
{
    private const string Help = "https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#";

    private static string Cg0305(string severity) =>
        "corpus/articles/speech.txt(4,48): " + severity + " CG0305: Unattributed quotation 'louder': attribute it with {@id} or mark it {term} (" + Help + "cg0305)";

    private static string Cg0306(string severity) =>
        "corpus/articles/speech.txt(4,1): " + severity + " CG0306: The mention 'Mayor Park' is neither the name nor an alias of '@ada-park'; add it to the entity's aliases (" + Help + "cg0306)";

    [Fact]
    public void A_global_editorconfig_raises_one_and_silences_the_other()
    {
        (ProcessResult build, IReadOnlyList<string> lines) = Build(project => File.WriteAllText(
            Path.Combine(project, ".editorconfig"),
            "is_global = true\n\ndotnet_diagnostic.CG0305.severity = error\ndotnet_diagnostic.CG0306.severity = none\n"));

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { Cg0305("error") }, lines);
    }

    /// <summary>
    /// A .globalconfig applies; the entries of .editorconfig <em>sections</em> do not, because
    /// Roslyn applies them only to diagnostics located in C# files (dotnet/roslyn#55921) and
    /// corpus diagnostics are located in .txt files. A section would win over the global
    /// config if it applied, so CG0305 would then be an error: this pins what
    /// docs/diagnostics.md tells users, and a Roslyn that changes it fails here first.
    /// </summary>
    [Fact]
    public void A_globalconfig_applies_and_editorconfig_sections_do_not()
    {
        (ProcessResult build, IReadOnlyList<string> lines) = Build(project =>
        {
            File.WriteAllText(
                Path.Combine(project, ".globalconfig"),
                "is_global = true\n\ndotnet_diagnostic.CG0305.severity = none\ndotnet_diagnostic.CG0306.severity = error\n");
            File.WriteAllText(
                Path.Combine(project, ".editorconfig"),
                "root = true\n\n[*]\ndotnet_diagnostic.CG0305.severity = error\n\n[*.txt]\ndotnet_diagnostic.CG0305.severity = error\n");
        });

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { Cg0306("error") }, lines);
    }

    [Fact]
    public void NoWarn_and_TreatWarningsAsErrors_in_the_project_file_apply()
    {
        (ProcessResult build, IReadOnlyList<string> lines) = Build(project =>
        {
            string file = Path.Combine(project, "SeverityCorpus.csproj");
            File.WriteAllText(file, File.ReadAllText(file).Replace(
                "</Project>",
                "  <PropertyGroup>\n    <NoWarn>$(NoWarn);CG0305</NoWarn>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n</Project>",
                System.StringComparison.Ordinal));
        });

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { Cg0306("error") }, lines);
    }

    private static (ProcessResult Build, IReadOnlyList<string> Lines) Build(System.Action<string> configure)
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("severity-corpus");
        configure(project);

        ProcessResult build = packages.Build(project);
        return (build, BuildOutput.Relative(BuildOutput.Diagnostics(build), project, Path.Combine(project, "SeverityCorpus.csproj")));
    }
}
