using System;
using System.Collections.Generic;
using Corpus.Cli.Brat;
using Corpus.Syntax;

namespace Corpus.Cli.Import;

/// <summary>What a brat annotation type becomes on import.</summary>
internal enum ImportRole
{
    Mention,
    Quotation,
    Term,
    Ignore,
}

/// <summary>A brat type's target: a mention of a given kind, a quotation, a term, or nothing.</summary>
internal readonly record struct TypeTarget(ImportRole Role, EntityKind Kind);

/// <summary>
/// Maps brat entity types to the corpus's kinds, case-insensitively. The defaults cover
/// this tool's own export (Person, Organization…, Quotation, Term) and the usual NER tag
/// sets (PER, ORG, LOC, GPE, NORP, FAC, MISC…); <c>--map TYPE=KIND</c> adds or overrides
/// one, where KIND is a kind, <c>quotation</c>, <c>term</c> or <c>ignore</c>.
/// </summary>
internal sealed class KindMapping
{
    private readonly Dictionary<string, TypeTarget> _targets = new(StringComparer.OrdinalIgnoreCase);

    public static KindMapping CreateDefault()
    {
        var mapping = new KindMapping();
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            mapping.Set(kind.ToKeyword(), new TypeTarget(ImportRole.Mention, kind));
        }

        mapping.SetAll(EntityKind.Person, "PER", "PERS", "PERSON", "persName");
        mapping.SetAll(EntityKind.Organization, "ORG", "Organisation", "orgName", "Company", "Institution");
        mapping.SetAll(EntityKind.Country, "GPE", "Nation", "State");
        mapping.SetAll(EntityKind.Place, "LOC", "Location", "FAC", "Facility", "City", "placeName", "geogName");
        mapping.SetAll(EntityKind.Group, "NORP", "Nationality");
        mapping.SetAll(EntityKind.Event, "EVT", "EVE");
        mapping.SetAll(EntityKind.Work, "WORK_OF_ART", "LAW", "Document", "Publication", "Title");
        mapping.Set(BratTypes.Quotation, new TypeTarget(ImportRole.Quotation, default));
        mapping.Set("Quote", new TypeTarget(ImportRole.Quotation, default));
        mapping.Set(BratTypes.Term, new TypeTarget(ImportRole.Term, default));
        return mapping;
    }

    /// <summary>Applies one <c>TYPE=KIND</c>; a malformed one is a usage error.</summary>
    public void Apply(string rule)
    {
        int equals = rule.IndexOf('=', StringComparison.Ordinal);
        string type = equals < 0 ? string.Empty : rule.Substring(0, equals).Trim();
        string target = equals < 0 ? string.Empty : rule.Substring(equals + 1).Trim();
        if (type.Length == 0 || target.Length == 0)
        {
            throw new CliException("--map expects TYPE=KIND, found '" + rule + "'");
        }

        if (EntityKinds.TryParse(target, out EntityKind kind))
        {
            Set(type, new TypeTarget(ImportRole.Mention, kind));
        }
        else
        {
            ImportRole role = target switch
            {
                "quotation" => ImportRole.Quotation,
                "term" => ImportRole.Term,
                "ignore" => ImportRole.Ignore,
                _ => throw new CliException("--map " + rule + ": unknown kind '" + target + "' (expected " + string.Join(", ", EntityKinds.Keywords) + ", quotation, term or ignore)"),
            };
            Set(type, new TypeTarget(role, default));
        }
    }

    public bool TryMap(string type, out TypeTarget target) => _targets.TryGetValue(type, out target);

    private void Set(string type, TypeTarget target) => _targets[type] = target;

    private void SetAll(EntityKind kind, params string[] types)
    {
        foreach (string type in types)
        {
            Set(type, new TypeTarget(ImportRole.Mention, kind));
        }
    }
}
