using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID on Linux), so that a timing
/// assertion measures this test's work and not the other processes of a loaded machine;
/// elsewhere, wall-clock time.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static bool IsThreadCpuTime => Available;

    public static double NowMilliseconds()
    {
        if (Available && TryRead(out double milliseconds))
        {
            return milliseconds;
        }

        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (NativeMethods.clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) != 0)
            {
                return false;
            }

            milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
