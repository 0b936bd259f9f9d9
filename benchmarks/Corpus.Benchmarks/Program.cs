using BenchmarkDotNet.Running;

// Every suite, one BenchmarkDotNet run each (the commands and results are in docs/benchmarks.md):
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*GeneratorBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*BuildBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*StartupBenchmarks*'
//   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*QuoteBenchmarks*'
BenchmarkSwitcher.FromAssembly(typeof(Corpus.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
