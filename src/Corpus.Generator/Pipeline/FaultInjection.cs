using System;
using System.Threading;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Lets a test make a step throw, to prove that an internal failure becomes CG0900 and never
/// escapes as CS8785. Async-local, so a test affects only the driver it runs itself; unset in
/// every real build.
/// </summary>
internal static class FaultInjection
{
    public static readonly AsyncLocal<Func<string, bool>?> FailOn = new();

    public static void ThrowIfRequested(string path)
    {
        if (FailOn.Value?.Invoke(path) == true)
        {
            throw new InvalidOperationException("fault injected while parsing " + path);
        }
    }
}
