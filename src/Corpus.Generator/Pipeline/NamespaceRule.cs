using System;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Which values of <c>CorpusNamespace</c> and <c>RootNamespace</c> the corpus can be generated
/// in, and why a value cannot: the reason goes into CG0902 and CG0903, so it names the part
/// that is wrong rather than only saying "invalid".
/// </summary>
internal static class NamespaceRule
{
    /// <summary>The runtime library's namespace: generated types inside it could collide with its types (<c>Corpus.Model.Person</c>).</summary>
    public const string ModelNamespace = "Corpus.Model";

    /// <summary>Why <paramref name="value"/> cannot be the corpus's namespace, or null when it can.</summary>
    public static string? Problem(string value)
    {
        if (value.StartsWith("global::", StringComparison.Ordinal))
        {
            return "a namespace is written without 'global::'";
        }

        string[] parts = value.Split('.');
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                return "it has an empty name between dots";
            }

            // Contextual keywords (nameof, var, global, …) are identifiers, and fine as namespaces.
            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return "'" + part + "' is a C# keyword";
            }

            if (!SyntaxFacts.IsValidIdentifier(part))
            {
                return "'" + part + "' is not a C# identifier";
            }
        }

        if (string.Equals(value, ModelNamespace, StringComparison.Ordinal) || value.StartsWith(ModelNamespace + ".", StringComparison.Ordinal))
        {
            return "it is, or lies inside, the namespace of the runtime library Corpus.Model, whose types (Corpus.Model.Person, Corpus.Model.Article, …) the generated classes would collide with";
        }

        return null;
    }
}
