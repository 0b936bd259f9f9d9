using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Generator.Emit;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// A declaration of the consuming project that the generated code cannot live beside (CG0904),
/// located where the user can fix it. Plain data: no symbol or syntax tree is kept.
/// </summary>
/// <param name="GeneratedName">The generated class or namespace it collides with, when that is emitted only for some corpora; empty when it always matters.</param>
internal sealed record NameConflict(string GeneratedName, string What, string FullName, string Reason, string Path, TextSpan Span, LinePositionSpan Lines);

/// <summary>
/// Finds what in the consuming project's own source breaks the generated code however it is
/// written. Every generated type reference is <c>global::</c>-qualified, so a consumer's type
/// named <c>Entities</c> or <c>Person</c> in another namespace is harmless; what remains is a
/// type that hides a namespace the generated code names from the root (<c>class System</c>,
/// <c>class Corpus</c> in the global namespace), a type where the corpus's namespace needs a
/// namespace, and a declaration in the corpus's namespace with the name of a generated class.
/// Only the source assembly's declarations are looked at: the declaration table, no binding,
/// so the step is cheap on every edit.
/// </summary>
internal static class DeclarationConflicts
{
    /// <summary>The namespaces the generated code names with <c>global::</c> (kept in step with the emitters by a test).</summary>
    public static readonly string[] ReferencedNamespaces =
    {
        "Corpus.Model",
        "Corpus.Model.Json",
        "System",
        "System.CodeDom.Compiler",
        "System.Collections.Generic",
        "System.Diagnostics.CodeAnalysis",
        "System.Text.Json.Serialization",
        "System.Threading",
    };

    /// <summary>The classes every generated corpus declares in its namespace.</summary>
    private static readonly string[] AlwaysDeclared = { "Entities", "Articles", "Quotes", CatalogEmitter.ClassName };

    public static EquatableArray<NameConflict> Find(Compilation compilation, string? ns, CancellationToken ct)
    {
        if (ns is null)
        {
            return EquatableArray<NameConflict>.Empty;
        }

        var found = new List<NameConflict>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        INamespaceSymbol global = compilation.Assembly.GlobalNamespace;
        foreach (string referenced in ReferencedNamespaces)
        {
            ct.ThrowIfCancellationRequested();
            Walk(global, referenced, found, seen, prefix => "the generated code names the namespace 'global::" + prefix + "', which this type hides; rename the type or move it into a namespace");
        }

        INamespaceSymbol? target = Walk(global, ns, found, seen, prefix => "the corpus is generated in the namespace '" + ns + "', which needs '" + prefix + "' to be a namespace; rename the type or set <CorpusNamespace>");
        if (target is null)
        {
            return found.ToEquatableArray();
        }

        foreach (string name in AlwaysDeclared)
        {
            CheckClass(target, name, string.Empty, found);
        }

        for (int kind = 0; kind < ModelTypes.KindCount; kind++)
        {
            string name = GeneratedNames.KindClass((EntityKind)kind);
            CheckClass(target, name, name, found);
        }

        // Article classes live in the namespace ArticleTypes: a consumer's namespace of that name merges with it, a type does not.
        foreach (INamedTypeSymbol type in target.GetTypeMembers(ArticlesEmitter.TypesNamespace))
        {
            Add(found, ArticlesEmitter.TypesNamespace, type, "the corpus declares the namespace '" + ns + "." + ArticlesEmitter.TypesNamespace + "' for its article classes; rename the type or set <CorpusNamespace>");
        }

        return found.ToEquatableArray();
    }

    /// <summary>
    /// Follows a dotted namespace through the source's declarations and reports a type met on
    /// the way; returns the namespace when the source declares all of it, else null.
    /// </summary>
    private static INamespaceSymbol? Walk(INamespaceSymbol global, string dotted, List<NameConflict> found, HashSet<ISymbol> seen, Func<string, string> reason)
    {
        INamespaceSymbol? current = global;
        string prefix = string.Empty;
        foreach (string part in dotted.Split('.'))
        {
            prefix = prefix.Length == 0 ? part : prefix + "." + part;
            // One report per type: class System hides System.Threading and System.Collections.Generic alike.
            foreach (INamedTypeSymbol type in current!.GetTypeMembers(part))
            {
                if (seen.Add(type))
                {
                    Add(found, string.Empty, type, reason(prefix));
                }
            }

            current = current.GetMembers(part).OfType<INamespaceSymbol>().FirstOrDefault();
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The corpus declares <c>public static partial class {name}</c>: the user's own
    /// <c>static partial class</c> of that name extends it; a namespace or any other type breaks it.
    /// </summary>
    private static void CheckClass(INamespaceSymbol target, string name, string generatedName, List<NameConflict> found)
    {
        string full = target.ToDisplayString() + "." + name;
        foreach (ISymbol member in target.GetMembers(name))
        {
            if (member is INamespaceSymbol)
            {
                Add(found, generatedName, member, "the corpus declares the class '" + full + "'; rename the namespace or set <CorpusNamespace>");
            }
            else if (member is INamedTypeSymbol { Arity: 0 } type && !IsStaticPartialClass(type))
            {
                Add(found, generatedName, member, "the corpus declares the static partial class '" + full + "'; declare yours 'static partial' to extend it, or rename it");
            }
        }
    }

    private static bool IsStaticPartialClass(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && type.IsStatic && type.DeclaringSyntaxReferences.All(r =>
            r.GetSyntax() is ClassDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static void Add(List<NameConflict> found, string generatedName, ISymbol symbol, string reason)
    {
        Location? location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null)
        {
            return;
        }

        FileLinePositionSpan lines = location.GetLineSpan();
        found.Add(new NameConflict(generatedName, symbol is INamespaceSymbol ? "namespace" : "type", symbol.ToDisplayString(), reason, lines.Path, location.SourceSpan, lines.Span));
    }
}
