using System;
using Xunit.Sdk;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary><see cref="LinearTime"/> must fail on quadratic work, or the limit tests could not fail.</summary>
public sealed class LinearTimeTests
{
    private static string Text(int length) => new('a', length);

    [Fact]
    public void Linear_work_passes()
    {
        LinearTime.Assert(Text, text => CountPairs(text, 16), 2_000_000);
    }

    [Fact]
    public void Quadratic_time_fails()
    {
        XunitException failure = Assert.ThrowsAny<XunitException>(() => LinearTime.Assert(Text, text => CountPairs(text, text.Length), 16_000));

        Assert.StartsWith("Not linear: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quadratic_allocations_fail()
    {
        XunitException failure = Assert.ThrowsAny<XunitException>(() => LinearTime.Assert(Text, Prefixes, 6_400));

        Assert.StartsWith("Allocations not linear: ", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Compares each character with the next <paramref name="window"/> ones: quadratic when the window is the length.</summary>
    private static long CountPairs(string text, int window)
    {
        long pairs = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int end = Math.Min(text.Length, i + window);
            for (int j = i + 1; j < end; j++)
            {
                pairs += text[i] == text[j] ? 1 : 0;
            }
        }

        return pairs;
    }

    /// <summary>Every prefix as a new string: little time per byte, quadratic memory.</summary>
    private static void Prefixes(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            GC.KeepAlive(text.Substring(0, i));
        }
    }
}
