using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// Asserts that work grows linearly with input size, without a fixed time budget: times
/// are measured at sizes doubling over a factor of 64, a line t = a + b·n is fitted to the three
/// smallest, and the largest may not exceed that line's prediction by more than
/// <see cref="Tolerance"/>. A quadratic algorithm overshoots by about 12.6, so it fails; a linear
/// one stays within it even when the small inputs fit in the CPU caches and the large ones do
/// not (measured here: up to 3.3). Times are the thread's CPU time (<see cref="ThreadClock"/>), the fastest of three runs
/// per size, and a failing series is measured once more before it fails, so the load of a shared
/// machine does not fail the build. Allocated bytes, which do not depend on the machine at all,
/// must be linear too, within <see cref="AllocationTolerance"/>: quadratic memory fails at once.
/// </summary>
public static class LinearTime
{
    public const double Tolerance = 5.0;

    public const double AllocationTolerance = 1.5;

    private const int Doublings = 6;

    private static readonly object Gate = new();

    /// <summary>Below this the prediction is dominated by timer resolution; it is the floor of the allowance.</summary>
    private const double FloorMilliseconds = 15;

    /// <param name="input">The input of a given size (built outside the timing).</param>
    /// <param name="work">The work measured.</param>
    /// <param name="largest">The largest size; the smallest is a 64th of it.</param>
    public static void Assert(Func<int, string> input, Action<string> work, int largest)
    {
        // A no-GC region is process-wide: one series at a time, whatever the test classes run in parallel.
        lock (Gate)
        {
            AssertAlone(input, work, largest);
        }
    }

    private static void AssertAlone(Func<int, string> input, Action<string> work, int largest)
    {
        string? report = null;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            report = Measure(input, work, largest);
            if (report is null)
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException(report);
    }

    /// <summary>Null when linear, else a description of the measurements.</summary>
    private static string? Measure(Func<int, string> input, Action<string> work, int largest)
    {
        int[] sizes = Enumerable.Range(0, Doublings + 1).Select(k => largest >> (Doublings - k)).ToArray();
        work(input(sizes[0])); // JIT
        var bytes = new long[sizes.Length];
        double[] times = sizes.Select((size, i) => Fastest(input(size), work, out bytes[i])).ToArray();

        // Allocations: exact, so the line through the two smallest sizes predicts the rest.
        double perUnit = (double)(bytes[1] - bytes[0]) / (sizes[1] - sizes[0]);
        double allowedBytes = AllocationTolerance * (bytes[0] + (perUnit * (sizes[^1] - sizes[0]))) + 1_000_000;
        if (bytes[^1] > allowedBytes)
        {
            return string.Format(CultureInfo.InvariantCulture, "Allocations not linear: {0}; at most {1:N0} bytes were expected at n={2}", string.Join("; ", sizes.Select((n, i) => "n=" + n.ToString(CultureInfo.InvariantCulture) + ": " + bytes[i].ToString("N0", CultureInfo.InvariantCulture))), allowedBytes, sizes[^1]);
        }

        // Least squares over the three smallest sizes.
        double meanN = sizes.Take(3).Average();
        double meanT = times.Take(3).Average();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < 3; i++)
        {
            covariance += (sizes[i] - meanN) * (times[i] - meanT);
            variance += (sizes[i] - meanN) * (sizes[i] - meanN);
        }

        double slope = Math.Max(covariance / variance, 0);
        double predicted = Math.Max(meanT + slope * (sizes[^1] - meanN), times[2] * sizes[^1] / sizes[2]);
        double allowed = Math.Max(Tolerance * predicted, FloorMilliseconds);
        if (times[^1] <= allowed)
        {
            return null;
        }

        var report = new StringBuilder("Not linear: ");
        for (int i = 0; i < sizes.Length; i++)
        {
            report.Append(CultureInfo.InvariantCulture, $"n={sizes[i]}: {times[i]:F1} ms; ");
        }

        return report.Append(CultureInfo.InvariantCulture, $"the line through the three smallest predicts {predicted:F1} ms at n={sizes[^1]}, {Tolerance}x of it is {allowed:F1} ms ({(ThreadClock.IsThreadCpuTime ? "thread CPU time" : "wall-clock time")})").ToString();
    }

    private static bool TryStartNoGcRegion()
    {
        foreach (long size in new[] { 1L << 30, 256L << 20, 64L << 20 })
        {
            try
            {
                if (GC.TryStartNoGCRegion(size))
                {
                    return true;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // Larger than this runtime's ephemeral space: try a smaller region.
            }
            catch (InvalidOperationException)
            {
                return false; // a region is already open
            }
        }

        return false;
    }

    private static void EndNoGcRegion()
    {
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ended early (another test's allocations or GC.Collect): the run was timed with collections.
        }
    }

    private static double Fastest(string input, Action<string> work, out long allocated)
    {
        double best = double.MaxValue;
        allocated = long.MaxValue;
        // Three runs, or one where one run is long enough to be measured well (it then dominates the test's time).
        for (int run = 0; run < 3 && (run == 0 || best < 50); run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            // Collections are not the algorithm: small inputs run without one, large ones with
            // several, a step that is not quadratic but looks like it. Keep them out of the timing
            // where the runtime allows a no-GC region that large.
            bool noGc = TryStartNoGcRegion();
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            double start = ThreadClock.NowMilliseconds();
            work(input);
            best = Math.Min(best, ThreadClock.NowMilliseconds() - start);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - bytes);
            if (noGc)
            {
                EndNoGcRegion();
            }
        }

        return best;
    }
}
