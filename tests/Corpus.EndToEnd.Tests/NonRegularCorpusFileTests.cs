using System;
using System.Collections.Generic;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// A FIFO (named pipe) named like a corpus file: the compiler reads every AdditionalFile whole and
/// so does the build step, and without a writer both would wait forever. The package leaves it out
/// of the corpus before either runs, with one warning at the file (CGBUILD03), and the rest of
/// the corpus builds (Fixtures/custom-layout).
/// </summary>
[Trait("Tier", "Full")]
public sealed class NonRegularCorpusFileTests
{
    [UnixFact]
    public void A_FIFO_in_the_corpus_is_left_out_with_one_CGBUILD03_warning_and_the_build_does_not_hang()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");
        string fifo = Path.Combine(project, "texts", "published", "pipe.txt");
        ProcessResult mkfifo = ChildProcess.Run("mkfifo", new[] { fifo }, project, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        Assert.True(mkfifo.ExitCode == 0, mkfifo.ToString());

        ProcessResult build = packages.Build(project);
        ProcessResult run = packages.Dotnet(project, "run", "--no-build", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(build.ExitCode == 0, build.ToString());
        string projectFile = Path.Combine(project, "CustomLayout.csproj");
        Assert.Equal(
            fifo + " : warning CGBUILD03: This corpus file is a FIFO (named pipe), not a regular file: Corpus.Generator leaves it out of the corpus, since reading it could wait or run forever. [" + projectFile + "]",
            Assert.Single(BuildOutput.Diagnostics(build)));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);
    }
}
