using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Corpus.Benchmarks;

/// <summary>
/// One job per suite, run inside the BenchmarkDotNet host process. The default toolchain
/// rebuilds the benchmarks and their dependencies for every run without the compiler server,
/// which on a busy 2-core machine passed its build timeout. The suites' own subjects that need
/// isolation (builds, fresh processes) run in child processes anyway. Command-line job options
/// (--iterationCount, …) still apply.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessJobAttribute : JobConfigBaseAttribute
{
    public InProcessJobAttribute(RunStrategy strategy, int warmupCount, int iterationCount)
        : base(Job.Default
            .WithStrategy(strategy)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
            .WithId(strategy == RunStrategy.Monitoring ? "InProcess-Monitoring" : "InProcess"))
    {
    }
}
