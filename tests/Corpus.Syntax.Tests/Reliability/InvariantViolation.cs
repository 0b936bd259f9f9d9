using System;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>A broken invariant of <see cref="SyntaxInvariants"/>: a test failure, a fuzzer crash.</summary>
public sealed class InvariantViolation : Exception
{
    public InvariantViolation()
    {
    }

    public InvariantViolation(string message)
        : base(message)
    {
    }

    public InvariantViolation(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
