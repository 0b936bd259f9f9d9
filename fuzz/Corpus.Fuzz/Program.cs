using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Corpus.Fuzz;

/// <summary>
/// <c>Corpus.Fuzz syntax|generator|selftest</c>: run under afl-fuzz (fuzz/run.sh);
/// <c>Corpus.Fuzz replay syntax|generator PATH…</c>: run inputs (files or folders) once each, uninstrumented;
/// <c>Corpus.Fuzz seeds REPO_ROOT OUT_DIR</c>: write the seed corpus.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 1 && (args[0] == "syntax" || args[0] == "generator" || args[0] == "selftest"))
        {
            Action<byte[]> target = FuzzTargets.Get(args[0]);
            Fuzzer.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        if (args.Length >= 3 && args[0] == "replay")
        {
            return Replay(FuzzTargets.Get(args[1]), args.Skip(2).ToArray());
        }

        if (args.Length == 3 && args[0] == "seeds")
        {
            Console.WriteLine(SeedCorpus.Build(args[1], args[2]) + " seeds written to " + args[2]);
            return 0;
        }

        Console.Error.WriteLine("usage: Corpus.Fuzz syntax|generator | replay syntax|generator PATH... | seeds REPO_ROOT OUT_DIR");
        return 2;
    }

    private static int Replay(Action<byte[]> target, string[] paths)
    {
        int failed = 0;
        int count = 0;
        var slowest = (Path: string.Empty, Milliseconds: 0L);
        foreach (string file in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray() : new[] { p }))
        {
            if (Path.GetFileName(file) == "README.txt")
            {
                continue;
            }

            count++;
            var watch = Stopwatch.StartNew();
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine("FAIL " + file + ": " + e);
            }

            if (watch.ElapsedMilliseconds > slowest.Milliseconds)
            {
                slowest = (file, watch.ElapsedMilliseconds);
            }
        }

        Console.WriteLine(count + " inputs, " + failed + " failed; slowest " + slowest.Milliseconds + " ms (" + slowest.Path + ")");
        return failed == 0 ? 0 : 1;
    }
}
