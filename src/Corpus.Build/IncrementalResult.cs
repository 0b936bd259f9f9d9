namespace Corpus.Build;

/// <summary>What <see cref="IncrementalCorpusCompiler.Compile"/> made, with its timings for the build log.</summary>
internal sealed record IncrementalResult(byte[] Data, int Articles, int Compiled, long PrepareMilliseconds, long CompileMilliseconds, long LayOutMilliseconds, long SaveCacheMilliseconds);
