using System;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The corpus package in a Native AOT app (Fixtures/aot-consumer): published with trimming and
/// AOT analysis warnings as errors, and the native executable reads the corpus from its image and
/// writes JSON through Corpus.Model's source-generated context and through one of its own.
/// </summary>
[Trait("Tier", "Full")]
public sealed class NativeAotTests
{
    [NativeAotFact]
    public void A_native_AOT_app_publishes_without_warnings_reads_the_corpus_and_writes_its_json()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("aot-consumer");

        ProcessResult publish = packages.Dotnet(project, "publish", "-c", "Release", "-r", "linux-x64", "-nologo", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotContain("warning", publish.StandardOutput, StringComparison.OrdinalIgnoreCase);
        string executable = Path.Combine(project, "bin", "Release", "net10.0", "linux-x64", "publish", "AotConsumer");
        ProcessResult run = ChildProcess.Run(executable, Array.Empty<string>(), project, packages.Environment(), TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "2 articles, 38 quotations\n"
            + "Victor D. Cha: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin\n"
            + "Victor D. Cha: China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,\n"
            + "Victor D. Cha: There is nothing good for them in this, short or long term.\n"
            + """{"article":"china-may-chafe","field":"body","start":1929,"end":2006,"surface":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","text":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","speaker":"victor-cha","kind":"indirect","paragraph":6}""" + "\n"
            + """{"id":"victor-cha","kind":"person","name":"Victor D. Cha","aliases":["Mr. Cha"],"description":"Professor of government and international affairs at Georgetown University and Korea chair at the Center for Strategic and International Studies.","wikidata":null,"affiliations":["georgetown-university","csis"],"mentions":2,"quotes":3,"articles":["china-may-chafe"]}""" + "\n"
            + """{"article":"china-north-korea-ukraine-war","field":"body","start":6773,"end":6829,"surface":"These developments could quickly derail Beijing\u2019s quest.","text":"These developments could quickly derail Beijing\u2019s quest.","speaker":"peter-dutton","kind":"direct","paragraph":19,"name":"derail"}""" + "\n",
            run.StandardOutput);
    }
}

/// <summary>
/// A fact skipped, saying why, where Native AOT cannot link (no clang: Debian's <c>clang</c>
/// package) on a developer's machine. In CI (CI=true), where .ci/run installs clang, it runs.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!OperatingSystem.IsLinux() || (!ci && !OnPath("clang")))
        {
            Skip = "Native AOT needs Linux and clang here (Debian: apt-get install clang; .ci/run installs it)";
        }
    }

    private static bool OnPath(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length > 0 && File.Exists(Path.Combine(directory, name)))
            {
                return true;
            }
        }

        return false;
    }
}
