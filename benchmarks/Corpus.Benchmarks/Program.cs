using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Corpus.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
