using System;
using System.Linq;
using System.Reflection;
using Corpus.Syntax.Binding;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The names a <c>#name</c> may not take are the members of Corpus.Model's <c>Article</c>, which
/// every generated article class derives from: the list in Corpus.Syntax (which cannot reference
/// Corpus.Model) is checked against the type itself, so a new member cannot be forgotten.
/// </summary>
public sealed class GeneratedNamesMatchModelTests
{
    [Fact]
    public void The_reserved_article_members_are_exactly_the_members_of_Article()
    {
        string[] members = typeof(Corpus.Model.Article)
            .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m is MethodInfo { IsPublic: true } or MethodInfo { IsFamily: true } or PropertyInfo { GetMethod.IsPublic: true })
            .Where(m => m is not MethodInfo method || !method.IsSpecialName)
            .Select(m => m.Name)
            // Object's protected members, which reflection does not list for a derived type.
            .Append("Finalize")
            .Append("MemberwiseClone")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(members, GeneratedNames.ArticleMembers.OrderBy(n => n, StringComparer.Ordinal));
    }
}
