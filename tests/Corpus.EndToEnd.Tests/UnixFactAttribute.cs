using System;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>A fact about Unix file systems (FIFOs, devices), skipped on Windows, which has no such files.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows file systems have no FIFOs or device files";
        }
    }
}
