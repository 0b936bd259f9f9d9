using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// A build that is cancelled (the IDE's next keystroke, Ctrl+C) stops the generator inside the
/// parse of a large file, not after it: the parser checks the token on every line and every 64K
/// characters of a paragraph.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public void Cancelling_while_a_large_single_paragraph_is_parsed_stops_the_run_promptly()
    {
        // One paragraph on one line, so only the checks inside the paragraph can see the token.
        const string Sentence = "[Mr. Cha]{@victor-cha} said: “It is so.”{@victor-cha} Then more words. ";
        string article = "---\ntitle: Large\n---\n" + new StringBuilder().Insert(0, Sentence, 3_000_000 / Sentence.Length);
        AdditionalText[] files = { Fixtures.File("entities.txt", TestCorpora.Registry), Fixtures.File("large.txt", article) };
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();

        // The reference: the parse of that file alone, which the generator's run includes.
        Syntax.Parsing.ArticleParser.Parse("/corpus/large.txt", article);
        var uncancelled = Stopwatch.StartNew();
        Syntax.Parsing.ArticleParser.Parse("/corpus/large.txt", article);
        TimeSpan whole = uncancelled.Elapsed;

        using var cancellation = new CancellationTokenSource();
        using var parsing = new ManualResetEventSlim();
        long cancelledAt = 0;
        Pipeline.FaultInjection.FailOn.Value = path =>
        {
            if (path.EndsWith("/large.txt", StringComparison.Ordinal))
            {
                parsing.Set();
            }

            return false;
        };
        var canceller = new Thread(() =>
        {
            parsing.Wait(TimeSpan.FromMinutes(1));
            Interlocked.Exchange(ref cancelledAt, Stopwatch.GetTimestamp());
            cancellation.Cancel();
        });
        canceller.Start();
        try
        {
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files);
            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
        }
        finally
        {
            Pipeline.FaultInjection.FailOn.Value = null;
        }

        TimeSpan latency = Stopwatch.GetElapsedTime(Interlocked.Read(ref cancelledAt));
        Assert.True(canceller.Join(TimeSpan.FromMinutes(1)));
        Assert.True(parsing.IsSet, "the large file's parse never started");
        // Relative to the parse, not a fixed budget: stopping takes a small part of it.
        Assert.True(
            latency < whole / 4,
            "the run stopped " + latency.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " ms after the cancellation; parsing the file takes "
            + whole.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
    }

    [Fact]
    public void An_already_cancelled_token_stops_the_run_before_any_output()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Fixtures.Basic());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellation.Token));
    }
}
