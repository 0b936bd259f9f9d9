using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's conventions, small enough to read in one sitting
/// (Verify.SourceGenerators is not available from our package registry):
/// <list type="bullet">
/// <item>one file per generated source, <c>Snapshots/{Class}.{Method}#{HintName}.verified.cs</c>
/// beside the test source (the hint name without its <c>.cs</c>, as Verify names them); text
/// that is not C# (a list of diagnostics) goes to <c>….verified.txt</c>;</item>
/// <item>on a mismatch, the new text goes to <c>….received.cs</c> (git-ignored) and the test fails
/// showing the first line that differs;</item>
/// <item>LF line endings on both sides, so a checkout with CRLF does not fail;</item>
/// <item><c>ACCEPT_SNAPSHOTS=1</c> accepts: the received text overwrites the verified file and
/// the received file is deleted. Without it, a missing verified file is a failure.</item>
/// </list>
/// Snapshot files are excluded from compilation by the project file.
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "ACCEPT_SNAPSHOTS";
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";
    private const string TextExtension = ".txt";

    private static bool Accepting => string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal);

    /// <summary>Compares one text with its verified snapshot.</summary>
    public static void Verify(string hintName, string text, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        string? failure = Check(Prefix(sourceFile, method), hintName, text);
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>Compares a text that is not C# with its snapshot <c>{Class}.{Method}#{name}.verified.txt</c>.</summary>
    public static void VerifyText(string name, string text, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        string? failure = Check(Prefix(sourceFile, method), name, text, TextExtension);
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>
    /// Compares every generated source with its snapshot, and fails on a verified file of this
    /// test that no source matches any more (deleted instead when accepting).
    /// </summary>
    public static void VerifyAll(IEnumerable<KeyValuePair<string, string>> sources, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        string prefix = Prefix(sourceFile, method);
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> source in sources)
        {
            expected.Add(Path.GetFileName(PathFor(prefix, source.Key, VerifiedSuffix)));
            if (Check(prefix, source.Key, source.Value) is { } failure)
            {
                failures.Add(failure);
            }
        }

        string directory = Path.GetDirectoryName(prefix)!;
        if (Directory.Exists(directory))
        {
            foreach (string file in Directory.GetFiles(directory, Path.GetFileName(prefix) + "#*" + VerifiedSuffix))
            {
                if (expected.Contains(Path.GetFileName(file)))
                {
                    continue;
                }

                if (Accepting)
                {
                    File.Delete(file);
                }
                else
                {
                    failures.Add("The snapshot " + Path.GetFileName(file) + " matches no generated file any more; delete it or run with " + AcceptVariable + "=1.");
                }
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    private static string? Check(string prefix, string hintName, string text, string extension = ".cs")
    {
        string received = Normalize(text);
        string verifiedPath = PathFor(prefix, hintName, VerifiedSuffix, extension);
        string receivedPath = PathFor(prefix, hintName, ReceivedSuffix, extension);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return null;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        string name = Path.GetFileName(verifiedPath);
        return verified is null
            ? "No verified snapshot " + name + ": the output was written to " + Path.GetFileName(receivedPath) + ". Inspect it, then run with " + AcceptVariable + "=1 to accept."
            : "Snapshot " + name + " differs. " + FirstDifference(verified, received) + "\nThe output was written to " + Path.GetFileName(receivedPath) + "; run with " + AcceptVariable + "=1 to accept.";
    }

    /// <summary>The first line that differs, shown with visible escapes for invisible characters.</summary>
    internal static string FirstDifference(string verified, string received)
    {
        string[] a = verified.Split('\n');
        string[] b = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string? left = i < a.Length ? a[i] : null;
            string? right = i < b.Length ? b[i] : null;
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return "First difference at line " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":\n"
                    + "  verified: " + Show(left) + "\n"
                    + "  received: " + Show(right);
            }
        }

        return "The texts differ only in ways that do not show line by line.";
    }

    private static string Show(string? line)
    {
        if (line is null)
        {
            return "(end of file)";
        }

        var builder = new StringBuilder(line.Length);
        foreach (char c in line)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c is >= '\u202A' and <= '\u202E')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Prefix(string sourceFile, string method)
    {
        string className = Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]);
        return Path.Combine(TestPaths.SourceDirectory(sourceFile), "Snapshots", className + "." + method);
    }

    private static string PathFor(string prefix, string hintName, string suffix, string extension = ".cs")
    {
        string name = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        var safe = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        return prefix + "#" + safe + suffix[..^3] + extension;
    }
}
