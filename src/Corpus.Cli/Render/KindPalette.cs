using Corpus.Syntax;

namespace Corpus.Cli.Render;

/// <summary>
/// One colour per entity kind, shared by the HTML view and brat's visual.conf: light
/// backgrounds that keep black text readable (contrast above 7:1) and differ in hue.
/// </summary>
internal static class KindPalette
{
    public static string Background(EntityKind kind) => kind switch
    {
        EntityKind.Person => "#ffd6a5",
        EntityKind.Organization => "#bde0fe",
        EntityKind.Country => "#caffbf",
        EntityKind.Place => "#fdffb6",
        EntityKind.Group => "#ffc6ff",
        EntityKind.Event => "#ffadad",
        _ => "#d9d2e9",
    };

    /// <summary>A darker tone of the same hue, for the underline that marks a mention's edges.</summary>
    public static string Border(EntityKind kind) => kind switch
    {
        EntityKind.Person => "#c77d1a",
        EntityKind.Organization => "#2b7bc0",
        EntityKind.Country => "#3a9a2e",
        EntityKind.Place => "#a3a300",
        EntityKind.Group => "#b33fb3",
        EntityKind.Event => "#c43c3c",
        _ => "#6b5b95",
    };

    public const string QuoteBorder = "#5b6770";
    public const string QuoteBackground = "#f4f6f8";
    public const string UnattributedBorder = "#d1242f";
}
