using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Binding;

/// <summary>
/// Member names that the generated API already uses, so an id or a <c>#name</c> that would
/// become one of them is reported instead of producing uncompilable code.
/// </summary>
public static class GeneratedNames
{
    /// <summary>Static members of <c>Entities</c>, <c>Articles</c> and the per-kind classes.</summary>
    /// <remarks>With the members of <c>object</c>, which a static member of the same name would hide.</remarks>
    public static readonly IReadOnlyList<string> CatalogMembers = new[]
    {
        "All", "Get", "TryGet", "Count", "Find", "Equals", "ReferenceEquals", "ToString", "GetHashCode", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>Members of Corpus.Model's <c>Article</c>, which every generated article class derives from.</summary>
    public static readonly IReadOnlyList<string> ArticleMembers = new[]
    {
        "Id", "Title", "Summary", "Source", "SourceEntity", "Byline", "Published", "Updated", "Language", "Tags",
        "Text", "Paragraphs", "Mentions", "Quotes", "Terms", "Metadata", "Image", "ImageCredit", "Note", "Sentences",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "GetFieldText", "Index",
    };

    /// <summary>The class that lists each kind (<c>People.XiJinping</c>).</summary>
    public static string KindClass(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Country => "Countries",
        EntityKind.Place => "Places",
        EntityKind.Group => "Groups",
        EntityKind.Event => "Events",
        EntityKind.Work => "Works",
        // A new kind must be named here, not become another kind's class.
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "An entity kind without a class name."),
    };

    /// <summary>The generated member an entity's C# name would collide with, or null.</summary>
    public static string? EntityCollision(string name, EntityKind kind)
    {
        if (Contains(CatalogMembers, name))
        {
            return "'Entities." + name + "'";
        }

        if (name == "Entities" || name == KindClass(kind))
        {
            return "class '" + name + "' itself (a member cannot be named like its class)";
        }

        return null;
    }

    /// <summary>The generated member an article's C# name would collide with, or null.</summary>
    public static string? ArticleCollision(string name) =>
        Contains(CatalogMembers, name) ? "'Articles." + name + "'"
        : name == "Articles" ? "class 'Articles' itself (a member cannot be named like its class)"
        : null;

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsArticleMember(string name) => Contains(ArticleMembers, name);
}
