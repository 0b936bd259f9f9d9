namespace Corpus.Cli.Render;

/// <summary>Where each page of the site lives, and the relative links between them.</summary>
internal static class SitePaths
{
    public const string Index = "index.html";
    public const string Style = "style.css";

    // At the root, not entities/index.html: an entity may well have the id "index".
    public const string EntityIndex = "entities.html";

    public static string Article(string id) => "articles/" + id + ".html";

    public static string Entity(string id) => "entities/" + id + ".html";

    /// <summary>A link from a page one folder deep (articles/, entities/) to a site path.</summary>
    public static string FromSubfolder(string path) => "../" + path;

    public static string MentionAnchor(int index) => "m" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string QuoteAnchor(int index) => "q" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
