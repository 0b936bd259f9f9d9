using System.Text.RegularExpressions;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>Terminal output without its escape sequences: the characters a person reads.</summary>
internal static partial class AnsiText
{
    public static string Strip(string text) => Escape().Replace(text, string.Empty);

    /// <summary>CSI sequences (colours, cursor moves, erase) and OSC sequences (links).</summary>
    [GeneratedRegex(@"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();
}
