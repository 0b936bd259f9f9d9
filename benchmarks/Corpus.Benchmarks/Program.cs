using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Every suite, one BenchmarkDotNet run each (the commands and results are in docs/benchmarks.md):
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*GeneratorBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*BuildBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*StartupBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*QuoteBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*LspBenchmarks*'   (corpus lsp's latency)
// On a busy machine BenchmarkDotNet's own build of its boilerplate can pass its default
// two minutes; that build is not measured.
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- steps 10000   (a profile of one cold run)
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- steps 10000 edit   (a profile of one edit)
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- sizes   (generated C#, data and peak memory of a build, 1k and 10k)
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- build-profile   (where the build's time goes)
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- compiler-parts   (where the compiler's time goes)
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- fresh-stages   (where a fresh process's quote walk goes)
if (args is ["sizes"])
{
    Corpus.Benchmarks.OutputSizes.Run();
    return;
}

if (args is ["build-profile"])
{
    Corpus.Benchmarks.BuildProfile.Run();
    return;
}

if (args is ["compiler-parts"])
{
    Corpus.Benchmarks.CompilerParts.Run();
    return;
}

if (args is ["fresh-stages"])
{
    Corpus.Benchmarks.FreshProcessStages.Run();
    return;
}

if (args.Length is 2 or 3 && args[0] == "steps" && (args.Length == 2 || args[2] == "edit"))
{
    Corpus.Benchmarks.StepProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), edit: args.Length == 3);
    return;
}

ManualConfig config = ManualConfig.Create(DefaultConfig.Instance);
config.BuildTimeout = TimeSpan.FromMinutes(15);
BenchmarkSwitcher.FromAssembly(typeof(Corpus.Benchmarks.GeneratorBenchmarks).Assembly).Run(args, config);
