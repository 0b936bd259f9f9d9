using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Does what a section of README.md tells a reader to do, block by block, so the README and
/// the tests cannot drift apart:
/// <list type="bullet">
/// <item>an <c>sh</c> block runs in bash (cwd carried from block to block) and must succeed;</item>
/// <item>the documented pack block is checked word for word: the test run has packed already;</item>
/// <item>a block captioned <c>`path`:</c> is written to that file;</item>
/// <item>a block captioned <c>It prints:</c> is the exact standard output of the previous command;</item>
/// <item>a block captioned <c>The build fails with:</c> makes the previous command fail with exactly
///   these diagnostics (paths relative to the project, MSBuild's " [project]" suffix dropped).</item>
/// </list>
/// Any other block is an error: the README would be showing something the tests do not do.
/// </summary>
internal sealed class Walkthrough
{
    public const string PrintsCaption = "It prints:";
    public const string FailsCaption = "The build fails with:";

    private static readonly Regex FileCaption = new("^`([^`]+)`:$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly PackedPackages _packages;
    private readonly string _pwdFile;
    private string _directory;

    public Walkthrough(PackedPackages packages, string directory)
    {
        _packages = packages;
        _directory = directory;
        _pwdFile = Path.Combine(packages.NewDirectory("pwd"), "pwd");
    }

    /// <summary>The directory the last command ended in.</summary>
    public string Directory => _directory;

    /// <summary>What ran, for assertion messages.</summary>
    public List<ProcessResult> Log { get; } = new();

    /// <summary>How many expectations (output or failure blocks) were checked.</summary>
    public int Checked { get; private set; }

    /// <summary>The pack step's exact text in README.md.</summary>
    public static string PackBlock =>
        PackedPackages.PackCommand + "\n" +
        "export CORPUS_PACKAGES=\"$PWD/artifacts/packages\"\n";

    public void Run(IReadOnlyList<MarkdownBlock> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            MarkdownBlock block = blocks[i];
            Match file = FileCaption.Match(block.Caption);
            if (file.Success)
            {
                Write(file.Groups[1].Value, block.Text);
            }
            else if (block.Info == "sh" && block.Text.StartsWith("dotnet pack", StringComparison.Ordinal))
            {
                Assert.Equal(PackBlock, block.Text);
            }
            else if (block.Info == "sh" && block.Caption is not (PrintsCaption or FailsCaption))
            {
                ProcessResult result = Bash(block.Text);
                MarkdownBlock? next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                if (next?.Caption == PrintsCaption)
                {
                    Assert.True(result.ExitCode == 0, Describe(block, "failed"));
                    Assert.Equal(next.Text, result.StandardOutput);
                    Checked++;
                    i++;
                }
                else if (next?.Caption == FailsCaption)
                {
                    Assert.True(result.ExitCode != 0, Describe(block, "succeeded, but README says it fails"));
                    string project = System.IO.Directory.GetFiles(_directory, "*.csproj").Single();
                    IReadOnlyList<string> actual = BuildOutput.Relative(BuildOutput.Diagnostics(result), _directory, project);
                    IReadOnlyList<string> expected = next.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderBy(l => l, StringComparer.Ordinal).ToList();
                    Assert.Equal(expected, actual);
                    Checked++;
                    i++;
                }
                else
                {
                    Assert.True(result.ExitCode == 0, Describe(block, "failed"));
                }
            }
            else
            {
                Assert.Fail("README.md line " + block.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    ": a '" + block.Info + "' block captioned '" + block.Caption + "' that the walkthrough does not know how to check.");
            }
        }
    }

    private void Write(string relativePath, string text)
    {
        string path = Path.Combine(_directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private ProcessResult Bash(string script)
    {
        var environment = _packages.Environment(new Dictionary<string, string>(StringComparer.Ordinal) { ["CORPUS_E2E_PWD"] = _pwdFile });
        ProcessResult result = ChildProcess.Run(
            "bash",
            new[] { "-e", "-u", "-o", "pipefail", "-c", script + "pwd > \"$CORPUS_E2E_PWD\"\n" },
            _directory,
            environment,
            TimeSpan.FromMinutes(5));
        Log.Add(result);
        if (File.Exists(_pwdFile))
        {
            _directory = File.ReadAllText(_pwdFile).Trim();
            File.Delete(_pwdFile);
        }

        return result;
    }

    private string Describe(MarkdownBlock block, string what) =>
        "README.md line " + block.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + what + ":" + Environment.NewLine +
        string.Join(Environment.NewLine, Log.Select(r => r.ToString()));
}
