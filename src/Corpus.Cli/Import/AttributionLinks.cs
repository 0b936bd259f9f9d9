using System;
using System.Collections.Generic;
using Corpus.Cli.Brat;
using Corpus.Cli.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Import;

/// <summary>
/// Attribution annotations in the style of PARC (the Penn Attribution Relations Corpus) as
/// brat holds them: <c>Source</c>, <c>Cue</c> and <c>Content</c> spans, linked either by an
/// <c>E</c> event (<c>E1⇥Attribution:T2 Source:T1 Content:T3</c>, the cue as trigger) or by
/// relations (<c>Source</c>/<c>Content</c> from the cue, or one relation from the content to
/// its source). Each content becomes a quotation (direct when it stands inside quotation
/// marks, reported speech otherwise); its source becomes the speaker: a named source is a
/// mention of a person (or of the entity a mention at the same place names), a pronoun or a
/// description ("he", "the ministry") is resolved to the nearest preceding named entity of a
/// compatible kind, else the quotation is left unattributed with a warning. Cues have no
/// place in the inline format and are counted as not imported.
/// </summary>
internal sealed class AttributionLinks
{
    public const string SourceType = "Source";
    public const string CueType = "Cue";
    public const string ContentType = "Content";

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "you",
    };

    private static readonly HashSet<string> ThingPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "itself" };

    private static readonly HashSet<string> PluralPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "them", "their", "we", "us", "our" };

    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "government", "agency", "company", "department", "office", "council", "committee", "court", "police", "army", "military",
        "administration", "embassy", "firm", "bank", "party", "union", "authority", "ministry's", "kremlin",
    };

    private readonly Dictionary<string, string> _sourceOfContent = new(StringComparer.Ordinal);

    /// <summary>The span ids this structure consumes (sources, cues, contents): not read as entity types.</summary>
    public HashSet<string> Consumed { get; } = new(StringComparer.Ordinal);

    /// <summary>Named sources to import as mentions (span id → kind).</summary>
    public Dictionary<string, EntityKind> NamedSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Each content span's speaker: the id of the span (a named source or a mention) whose entity speaks, or null.</summary>
    public Dictionary<string, string?> SpeakerSpanOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Events and relations that make up the attributions: counted as imported.</summary>
    public HashSet<string> UsedLinks { get; } = new(StringComparer.Ordinal);

    public int Resolved { get; private set; }

    public int Named { get; private set; }

    public int Unresolved { get; private set; }

    /// <summary>(content start, content end, source text) per attribution: what annotators are compared on.</summary>
    public List<(int Start, int End, string Source)> Pairs { get; } = new();

    public static bool IsAttributionType(string type) =>
        string.Equals(type, SourceType, StringComparison.OrdinalIgnoreCase) || string.Equals(type, CueType, StringComparison.OrdinalIgnoreCase) || string.Equals(type, ContentType, StringComparison.OrdinalIgnoreCase);

    /// <param name="mentionKinds">The document's spans that map to mentions, with their kinds.</param>
    public static AttributionLinks Read(BratAnnotations ann, OffsetConverter offsets, Dictionary<string, EntityKind> mentionKinds, List<string> warnings, string relative)
    {
        var links = new AttributionLinks();
        var byId = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        foreach (BratSpan span in ann.Spans)
        {
            byId[span.Id] = span;
            if (IsAttributionType(span.Type))
            {
                links.Consumed.Add(span.Id);
            }
        }

        var mentionAt = new Dictionary<(int, int), string>();
        foreach (string id in mentionKinds.Keys)
        {
            mentionAt.TryAdd((byId[id].Start, byId[id].End), id);
        }

        bool Is(string? id, string type) => id is not null && byId.TryGetValue(id, out BratSpan? s) && string.Equals(s.Type, type, StringComparison.OrdinalIgnoreCase);

        foreach (BratEvent e in ann.Events)
        {
            string? source = null, content = null;
            foreach ((string role, string target) in e.Arguments)
            {
                if (role.StartsWith(SourceType, StringComparison.OrdinalIgnoreCase) && source is null)
                {
                    source = target;
                }
                else if (role.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase) && content is null)
                {
                    content = target;
                }
            }

            if (Is(content, ContentType) && Is(source, SourceType))
            {
                links._sourceOfContent[content!] = source!;
                links.UsedLinks.Add(e.Id);
            }
        }

        // Relations: cue → source and cue → content (either direction), or content ↔ source directly.
        var sourceOfCue = new Dictionary<string, string>(StringComparer.Ordinal);
        var contentsOfCue = new List<(string Cue, string Content, string Relation)>();
        foreach (BratRelation r in ann.Relations)
        {
            (string a, string b) = (r.Arg1, r.Arg2);
            if (Is(a, ContentType) && Is(b, SourceType) || Is(b, ContentType) && Is(a, SourceType))
            {
                links._sourceOfContent[Is(a, ContentType) ? a : b] = Is(a, SourceType) ? a : b;
                links.UsedLinks.Add(r.Id);
            }
            else if (Is(a, CueType) && Is(b, SourceType) || Is(b, CueType) && Is(a, SourceType))
            {
                sourceOfCue[Is(a, CueType) ? a : b] = Is(a, SourceType) ? a : b;
                links.UsedLinks.Add(r.Id);
            }
            else if (Is(a, CueType) && Is(b, ContentType) || Is(b, CueType) && Is(a, ContentType))
            {
                contentsOfCue.Add((Is(a, CueType) ? a : b, Is(a, ContentType) ? a : b, r.Id));
            }
        }

        foreach ((string cue, string content, string relation) in contentsOfCue)
        {
            if (sourceOfCue.TryGetValue(cue, out string? source))
            {
                links._sourceOfContent.TryAdd(content, source);
                links.UsedLinks.Add(relation);
            }
        }

        // Candidates for pronouns: mentions and named sources, in text order.
        var named = new List<(int Start, string Id, EntityKind Kind)>();
        foreach (KeyValuePair<string, EntityKind> mention in mentionKinds)
        {
            if (byId.TryGetValue(mention.Key, out BratSpan? span) && offsets.IsValid(span.Start))
            {
                named.Add((offsets.ToUtf16(span.Start), mention.Key, mention.Value));
            }
        }

        foreach (BratSpan span in ann.Spans)
        {
            if (string.Equals(span.Type, SourceType, StringComparison.OrdinalIgnoreCase) && IsName(span.Text) && offsets.IsValid(span.Start) && !mentionAt.ContainsKey((span.Start, span.End)))
            {
                named.Add((offsets.ToUtf16(span.Start), span.Id, EntityKind.Person));
            }
        }

        named.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : string.CompareOrdinal(x.Id, y.Id));

        // Lookups by surface ("the port authority" → a mention "port authority") and by kind, each in text order.
        var byText = new Dictionary<string, List<(int Start, string Id)>>(StringComparer.Ordinal);
        var byKind = new Dictionary<string, List<(int Start, string Id)>>(StringComparer.Ordinal);
        foreach ((int start, string id, EntityKind kind) in named)
        {
            Append(byText, WithoutArticle(byId[id].Text).ToLowerInvariant(), start, id);
            Append(byKind, kind.ToKeyword(), start, id);
        }
        foreach (KeyValuePair<string, string> pair in links._sourceOfContent)
        {
            BratSpan content = byId[pair.Key];
            BratSpan source = byId[pair.Value];
            links.Pairs.Add((content.Start, content.End, source.Text));
            string where = relative + ": " + content.Id;
            if (mentionAt.TryGetValue((source.Start, source.End), out string? mention) || (mention = MentionInside(source, named, offsets)) is not null)
            {
                // "Dutch Prime Minister [Dick Schoof]", "The [foreign ministry]": the mention in the source names the speaker.
                links.SpeakerSpanOf[content.Id] = mention;
                links.Named++;
                continue;
            }

            if (IsName(source.Text))
            {
                links.NamedSources[source.Id] = EntityKind.Person;
                links.SpeakerSpanOf[content.Id] = source.Id;
                links.Named++;
                continue;
            }

            EntityKind[] kinds = CompatibleKinds(source.Text);
            int before = offsets.IsValid(source.Start) ? offsets.ToUtf16(source.Start) : 0;
            string? found = Latest(byText, WithoutArticle(source.Text).ToLowerInvariant(), before);
            int foundStart = -1;
            if (found is null)
            {
                // The nearest preceding entity of any compatible kind.
                foreach (EntityKind kind in kinds)
                {
                    if (Latest(byKind, kind.ToKeyword(), before, out int at) is { } id && at > foundStart)
                    {
                        foundStart = at;
                        found = id;
                    }
                }
            }

            if (found is null)
            {
                warnings.Add(where + ": the source '" + source.Text + "' names no one and no " + string.Join(" or ", Array.ConvertAll(kinds, k => k.ToKeyword())) + " is mentioned before it; the quotation is left unattributed");
                links.SpeakerSpanOf[content.Id] = null;
                links.Unresolved++;
                continue;
            }

            if (!mentionKinds.ContainsKey(found))
            {
                links.NamedSources[found] = EntityKind.Person;
            }

            links.SpeakerSpanOf[content.Id] = found;
            links.Resolved++;
        }

        return links;
    }

    /// <summary>
    /// A source that names someone: every word capitalised (particles such as "de" and "van"
    /// aside), not a pronoun, not "The …", and not a lone capitalised plural ("Analysts said").
    /// </summary>
    private static bool IsName(string text)
    {
        string[] words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[0], 0))
        {
            return false;
        }

        string first = words[0];
        if (PersonPronouns.Contains(first) || ThingPronouns.Contains(first) || PluralPronouns.Contains(first) || first is "The" or "A" or "An")
        {
            return false;
        }

        int capitalised = 0;
        foreach (string word in words)
        {
            if (char.IsUpper(word, 0))
            {
                capitalised++;
            }
            else if (!Particles.Contains(word))
            {
                return false;
            }
        }

        return capitalised > 1 || !IsPlural(first);
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ibn", "of" };

    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static string WithoutArticle(string text)
    {
        string trimmed = text.Trim();
        foreach (string article in new[] { "the ", "The ", "a ", "A ", "an ", "An " })
        {
            if (trimmed.StartsWith(article, StringComparison.Ordinal))
            {
                return trimmed.Substring(article.Length);
            }
        }

        return trimmed;
    }

    private static void Append(Dictionary<string, List<(int Start, string Id)>> index, string key, int start, string id)
    {
        if (!index.TryGetValue(key, out List<(int Start, string Id)>? list))
        {
            list = new List<(int Start, string Id)>();
            index.Add(key, list);
        }

        list.Add((start, id));
    }

    private static string? Latest(Dictionary<string, List<(int Start, string Id)>> index, string key, int before) => Latest(index, key, before, out _);

    /// <summary>The entry of <paramref name="key"/> that starts last before <paramref name="before"/> (binary search), or null.</summary>
    private static string? Latest(Dictionary<string, List<(int Start, string Id)>> index, string key, int before, out int start)
    {
        start = -1;
        if (!index.TryGetValue(key, out List<(int Start, string Id)>? list))
        {
            return null;
        }

        int low = 0, high = list.Count - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (list[middle].Start < before)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        start = list[found].Start;
        return list[found].Id;
    }

    /// <summary>The last named span that lies inside the source span (a mention within "Dutch Prime Minister Dick Schoof").</summary>
    private static string? MentionInside(BratSpan source, List<(int Start, string Id, EntityKind Kind)> named, OffsetConverter offsets)
    {
        if (!offsets.IsValid(source.Start) || !offsets.IsValid(source.End))
        {
            return null;
        }

        int start = offsets.ToUtf16(source.Start), end = offsets.ToUtf16(source.End);
        int low = 0, high = named.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (named[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        string? found = null;
        for (int i = low; i < named.Count && named[i].Start < end; i++)
        {
            if (named[i].Id != source.Id)
            {
                found = named[i].Id;
            }
        }

        return found;
    }

    /// <summary>The kinds a pronoun or description can refer to.</summary>
    private static EntityKind[] CompatibleKinds(string text)
    {
        string[] words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string first = words.Length > 0 ? words[0] : string.Empty;
        string last = words.Length > 0 ? words[^1] : string.Empty;
        if (PersonPronouns.Contains(first))
        {
            return new[] { EntityKind.Person };
        }

        if (ThingPronouns.Contains(first) || InstitutionNouns.Contains(last))
        {
            return new[] { EntityKind.Organization, EntityKind.Country, EntityKind.Group };
        }

        if (PluralPronouns.Contains(first))
        {
            return new[] { EntityKind.Group, EntityKind.Organization, EntityKind.Country, EntityKind.Person };
        }

        // "analysts", "officials": a plural description is a group, never one named person.
        return IsPlural(last) ? new[] { EntityKind.Group } : new[] { EntityKind.Person };
    }
}
