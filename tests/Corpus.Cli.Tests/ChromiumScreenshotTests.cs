using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>The real corpus rendered, and its first article loaded once in headless Chromium.</summary>
public sealed class BrowserCapture : IDisposable
{
    public const int Width = 1280;
    public const int Height = 1600;

    private readonly TempDirectory _root = new();

    public BrowserCapture()
    {
        CliRun.Run("render", TestPaths.RealCorpus, "--out", _root.Combine("site"));
        Screenshot = _root.Combine("china-may-chafe.png");
        Dom = Chromium.Capture(_root.Combine("site", "articles", "china-may-chafe.html"), Screenshot, Width, Height);
    }

    public string Dom { get; }

    public string Screenshot { get; }

    public void Dispose() => _root.Dispose();
}

/// <summary>
/// The rendered real corpus in a real browser: Debian's headless Chromium loads the article
/// page from disk, and we look at what it shows.
/// </summary>
public sealed class ChromiumScreenshotTests : IClassFixture<BrowserCapture>
{
    private readonly BrowserCapture _capture;

    public ChromiumScreenshotTests(BrowserCapture capture) => _capture = capture;

    [ChromiumFact]
    public void The_browser_shows_highlighted_mentions_and_speaker_labels_on_the_victor_cha_quotes()
    {
        string dom = _capture.Dom;

        Assert.Contains("<h1>China May Chafe as North Korea Sends Soldiers to Fight Ukraine</h1>", dom, StringComparison.Ordinal);
        var byKind = Regex.Matches(dom, @"class=""mention k-([a-z]+)"" id=""m\d+""").GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(91, byKind.Values.Sum());
        Assert.True(byKind["person"] > 0 && byKind["country"] > 0 && byKind["place"] > 0 && byKind["organization"] > 0, string.Join(", ", byKind));
        List<string> cha = HtmlPage.SpanTexts(dom, @"<span class=""quote q-[a-z]+"" id=""q\d+""[^>]*data-speaker=""victor-cha"">");
        Assert.Equal(
            new[]
            {
                "Beijing may not know how to rein in North Korea’s efforts to help the KremlinVictor D. Cha",
                "“China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,”Victor D. Cha",
                "“There is nothing good for them in this, short or long term.”Victor D. Cha",
            },
            cha);
        Assert.Equal(3, Regex.Matches(dom, @"<span class=""speaker""><a href=""../entities/victor-cha.html"">Victor D. Cha</a></span>").Count);
    }

    [ChromiumFact]
    public void The_screenshot_is_a_png_of_the_window_showing_the_kind_colours()
    {
        string png = _capture.Screenshot;

        PngImage image = PngImage.Read(png);
        Assert.Equal((BrowserCapture.Width, BrowserCapture.Height), (image.Width, image.Height));
        Assert.True(new FileInfo(png).Length > 50_000, "a page of text is more than a blank image");
        // The first screen holds country, person, place and organization mentions: their backgrounds are painted.
        foreach ((string kind, string colour) in new[] { ("country", "#caffbf"), ("person", "#ffd6a5"), ("place", "#fdffb6"), ("organization", "#bde0fe") })
        {
            Assert.True(image.Count(colour) > 500, kind + " " + colour + ": " + image.Count(colour) + " pixels");
        }

        Assert.True(image.Count("#5b6770") > 200, "the speaker labels' background"); // .speaker
    }
}

/// <summary>
/// A fact that is skipped, saying why, when Debian's chromium is not installed on a developer's
/// machine (the README's two commands need only the .NET SDK). In CI (CI=true), where .ci/run
/// installs it, a missing chromium fails the test instead of hiding it.
/// </summary>
public sealed class ChromiumFactAttribute : Xunit.FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)";
        }
    }
}
