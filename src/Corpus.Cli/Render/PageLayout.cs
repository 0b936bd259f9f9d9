using System;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Render;

/// <summary>The frame every page shares: head, navigation, the kind legend, the footer. No scripts.</summary>
internal static class PageLayout
{
    /// <param name="title">The page title (escaped here).</param>
    /// <param name="root">The relative path to the site root: "" or "../".</param>
    public static StringBuilder Begin(string title, string root)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Text(title).Append(" · corpus</title>\n");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(root).Append(SitePaths.Style).Append("\">\n");
        html.Append("</head>\n<body>\n");
        html.Append("<nav class=\"site\"><a href=\"").Append(root).Append(SitePaths.Index).Append("\">Articles</a>");
        html.Append("<a href=\"").Append(root).Append(SitePaths.EntityIndex).Append("\">Entities</a></nav>\n");
        html.Append("<main>\n");
        return html;
    }

    public static string End(StringBuilder html)
    {
        html.Append("<footer>Rendered by <code>corpus render</code>. Mentions are coloured by entity kind; quotations are boxed and labelled with their speaker.</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The colour legend: one swatch per kind, then the quotation styles.</summary>
    public static void Legend(StringBuilder html)
    {
        html.Append("<ul class=\"legend\" aria-label=\"Legend\">\n<li class=\"title\">Mentions:</li>");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            html.Append("<li><span class=\"mention k-").Append(kind.ToKeyword()).Append("\">").Append(kind.ToKeyword()).Append("</span></li>");
        }

        html.Append("\n<li class=\"title\">Quotations:</li>");
        html.Append("<li><span class=\"quote q-direct\">direct<span class=\"speaker\">speaker</span></span></li>");
        html.Append("<li><span class=\"quote q-partial\">partial<span class=\"speaker\">speaker</span></span></li>");
        html.Append("<li><span class=\"quote q-indirect\">reported<span class=\"speaker\">speaker</span></span></li>");
        html.Append("<li><span class=\"quote q-unattributed\">unattributed<span class=\"speaker\">?</span></span></li>");
        html.Append("<li><span class=\"term\">term</span></li>\n</ul>\n");
    }

    public static string KindBadge(EntityKind kind) => "<span class=\"kind k-" + kind.ToKeyword() + "\">" + kind.ToKeyword() + "</span>";
}
