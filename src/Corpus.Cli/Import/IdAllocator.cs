using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Import;

/// <summary>
/// Hands out ids that <c>corpus check</c> accepts: kebab-case, unique, unique once they
/// become C# names (<c>il-6</c> and <c>il6</c> are both <c>Il6</c>: CG0400), and never a
/// name the generated API already uses (<c>people</c> → <c>People</c>, <c>all</c> → <c>All</c>:
/// CG0401). A wanted id that is taken gets a qualifier (the kind, for entities), then a number.
/// </summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    // Each C# name taken, with the id that took it: a refusal names the id it clashes with.
    private readonly Dictionary<string, string> _csharpNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isReserved;

    private IdAllocator(Func<string, bool> isReserved) => _isReserved = isReserved;

    /// <summary>Entity ids: reserved names of every kind's class are refused, as the kind may still change.</summary>
    public static IdAllocator ForEntities() => new(name =>
    {
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            if (GeneratedNames.EntityCollision(name, kind) is not null)
            {
                return true;
            }
        }

        return false;
    });

    public static IdAllocator ForArticles() => new(name => GeneratedNames.ArticleCollision(name) is not null);

    /// <summary>Whether <paramref name="id"/> can be taken as it is.</summary>
    public bool IsFree(string id) => WhyNotFree(id) is null;

    /// <summary>Why <paramref name="id"/> cannot be taken as it is (for a warning), or null when it can.</summary>
    public string? WhyNotFree(string id)
    {
        if (!Ids.IsValid(id))
        {
            return "is not kebab-case";
        }

        if (_ids.Contains(id))
        {
            return "is already taken";
        }

        string name = CSharpNames.FromId(id);
        if (_csharpNames.TryGetValue(name, out string? other))
        {
            return "and '" + other + "' both become the C# name '" + name + "'";
        }

        return _isReserved(name) ? "becomes the C# name '" + name + "', which the generated API already uses" : null;
    }

    /// <summary>Takes <paramref name="wanted"/> if free, else <c>wanted-qualifier</c>, else <c>wanted-2</c>, <c>wanted-3</c>…</summary>
    public string Allocate(string wanted, string? qualifier)
    {
        if (!Ids.IsValid(wanted))
        {
            wanted = Ids.Suggest(wanted) ?? "id";
        }

        string id = wanted;
        if (!IsFree(id) && qualifier is not null)
        {
            id = wanted + "-" + qualifier;
        }

        // Numbering resumes where the last search for this base stopped: k ids wanting the same
        // base cost k probes in all, not k²/2.
        _nextSuffix.TryGetValue(wanted, out int n);
        for (n = Math.Max(n, 2); !IsFree(id); n++)
        {
            id = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        _nextSuffix[wanted] = n;
        Take(id);
        return id;
    }

    private void Take(string id)
    {
        _ids.Add(id);
        _csharpNames.Add(CSharpNames.FromId(id), id);
    }
}
