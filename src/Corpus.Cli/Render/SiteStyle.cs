using System;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Render;

/// <summary>The site's one stylesheet: readable text, a colour per entity kind, boxed quotations with their speaker.</summary>
internal static class SiteStyle
{
    public static string Css()
    {
        var css = new StringBuilder();
        css.Append(@":root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.7 Georgia, 'DejaVu Serif', serif; color: #1f2328; background: #fff; }
nav.site { font: 14px/1.4 system-ui, 'DejaVu Sans', sans-serif; background: #24292f; padding: 10px 24px; }
nav.site a { color: #fff; margin-right: 18px; text-decoration: none; font-weight: 600; }
main { max-width: 860px; margin: 0 auto; padding: 24px; }
h1 { font-size: 30px; line-height: 1.25; margin: 8px 0 12px; }
h2 { font: 600 19px/1.3 system-ui, 'DejaVu Sans', sans-serif; margin: 32px 0 10px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font: 600 16px/1.3 system-ui, 'DejaVu Sans', sans-serif; margin: 18px 0 6px; }
a { color: #0b5cad; }
dl.meta { font: 14px/1.5 system-ui, 'DejaVu Sans', sans-serif; display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; color: #57606a; margin: 0 0 14px; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.summary { font-size: 19px; color: #33383f; }
figure.image { margin: 12px 0; padding: 8px 12px; border-left: 4px solid #d0d7de; font-size: 15px; color: #444c56; }
.credit { display: block; font-size: 13px; color: #6e7781; }
.note { font-size: 15px; color: #57606a; font-style: italic; }
.legend { font: 13px/1.4 system-ui, 'DejaVu Sans', sans-serif; list-style: none; padding: 8px 10px; margin: 10px 0 18px; display: flex; flex-wrap: wrap; gap: 6px 14px; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; }
.legend li { white-space: nowrap; }
.legend .title { font-weight: 600; color: #57606a; }
.mention { background: var(--bg); border-bottom: 2px solid var(--line); border-radius: 3px; padding: 0 2px; color: inherit; text-decoration: none; }
a.mention:hover { filter: brightness(0.93); }
.mention .mention { border-bottom-style: dotted; }
.quote { border: 1.5px solid #5b6770; border-radius: 5px; padding: 1px 4px; background: #f4f6f8; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.quote.q-partial { border-style: solid; border-color: #8c959f; }
.quote.q-indirect { border-style: dashed; background: #fbfbfc; }
.quote.q-unattributed { border-color: #d1242f; border-style: dotted; }
.speaker { font: 600 12px/1.2 system-ui, 'DejaVu Sans', sans-serif; background: #5b6770; color: #fff; border-radius: 3px; padding: 1px 5px; margin-left: 5px; white-space: nowrap; vertical-align: 1px; }
.speaker a { color: #fff; text-decoration: none; }
.q-unattributed .speaker { background: #d1242f; }
.term { font-style: italic; border-bottom: 1px dotted #6e7781; }
.kind { font: 600 12px/1.2 system-ui, 'DejaVu Sans', sans-serif; padding: 2px 6px; border-radius: 10px; background: var(--bg); border: 1px solid var(--line); }
table.list { border-collapse: collapse; width: 100%; font: 14px/1.5 system-ui, 'DejaVu Sans', sans-serif; }
table.list th, table.list td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
table.list td.n, table.list th.n { text-align: right; font-variant-numeric: tabular-nums; }
ul.uses { font-size: 15px; padding-left: 20px; }
ul.uses li { margin: 4px 0; }
.context { color: #57606a; }
blockquote { margin: 8px 0; padding: 6px 12px; border-left: 4px solid #5b6770; background: #f6f8fa; font-size: 15px; }
blockquote .where { display: block; font: 12px/1.4 system-ui, 'DejaVu Sans', sans-serif; color: #57606a; margin-top: 4px; }
ol.quotes li { margin: 8px 0; font-size: 15px; }
footer { font: 12px/1.4 system-ui, 'DejaVu Sans', sans-serif; color: #6e7781; margin-top: 40px; }
");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            css.Append(".k-").Append(kind.ToKeyword()).Append(" { --bg: ").Append(KindPalette.Background(kind))
                .Append("; --line: ").Append(KindPalette.Border(kind)).Append("; }\n");
        }

        return css.ToString();
    }
}
