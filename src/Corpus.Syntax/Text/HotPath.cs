using System.Runtime.CompilerServices;

namespace Corpus.Syntax.Text;

/// <summary>
/// MethodImplOptions.AggressiveOptimization (.NET Core 3.0+, absent from netstandard2.0's
/// enum, honoured by the runtime that loads the generator). A generator runs once per build
/// in a compiler process that is busy JIT-compiling Roslyn, which delays tiering: the
/// per-character loops of the parser would run a whole cold build as unoptimised tier-0 code.
/// Only those few loops are marked; they are compiled optimised on first call.
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
