#!/usr/bin/env bash
# Runs the four suites one after the other (never in parallel: they would measure each other),
# each one BenchmarkDotNet run; results land in BenchmarkDotNet.Artifacts/results/*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release benchmarks/Corpus.Benchmarks
for suite in BuildBenchmarks QuoteBenchmarks StartupBenchmarks GeneratorBenchmarks; do
  dotnet run -c Release --no-build --project benchmarks/Corpus.Benchmarks -- --filter "*${suite}*" "$@"
done
