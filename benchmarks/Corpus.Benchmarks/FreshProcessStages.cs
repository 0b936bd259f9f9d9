using System;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// Where a fresh process's walk over every quote spends its time (a profile, not a benchmark):
/// the fresh-process app's <c>typed-quotes-stages</c> mode, three processes in a row.
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- fresh-stages</c>.
/// </summary>
internal static class FreshProcessStages
{
    public static void Run()
    {
        BenchWorkspace workspace = BenchWorkspace.Prepare(10_000);
        workspace.BuildApp();
        for (int run = 0; run < 3; run++)
        {
            Console.Write(BenchWorkspace.Dotnet("\"" + workspace.AppPath + "\" typed-quotes-stages"));
        }
    }
}
