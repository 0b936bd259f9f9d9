using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// What the pipeline caches is plain data (DESIGN.md): no tracked step output holds a
/// Compilation, a symbol, a syntax node, an AdditionalText or a Location, which would keep
/// compilations alive and defeat caching.
/// </summary>
public sealed class PipelineDataTests
{
    private const int MaxDepth = 12;

    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(AdditionalText), typeof(Location), typeof(Diagnostic),
    };

    [Fact]
    public void No_tracked_step_output_holds_a_Roslyn_object()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = IncrementalityTests.First();
        InMemoryAdditionalText broken = Fixtures.File("broken.txt", "---\ntitle: Broken\n---\n[X]{@nobody} \"unattributed\".\n");
        GeneratorRun second = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArrayOf(broken)), compilation);

        int visited = 0;
        foreach (GeneratorRun run in new[] { first, second })
        {
            foreach (string step in IncrementalityTests.StepNames)
            {
                Assert.True(run.Result.TrackedSteps.ContainsKey(step), "step " + step + " was not tracked");
                foreach (IncrementalGeneratorRunStep runStep in run.Result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in runStep.Outputs)
                    {
                        visited += Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                    }
                }
            }
        }

        // The walk really went through the models (files, declarations, spans, diagnostics…).
        Assert.True(visited > 1000, "only " + visited.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values visited");
    }

    [Fact]
    public void The_walker_would_notice_a_Roslyn_object()
    {
        var nested = ValueTuple.Create(1, new[] { (object)"text", Location.None });
        Assert.ThrowsAny<Exception>(() => Walk(nested, "self-test", new HashSet<object>(ReferenceEqualityComparer.Instance), 0));
    }

    /// <summary>Checks a value and what it holds; returns how many values it visited.</summary>
    private static int Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return 1;
        }

        Type type = value.GetType();
        foreach (Type forbidden in Forbidden)
        {
            Assert.False(forbidden.IsAssignableFrom(type), path + " holds a " + type.FullName);
        }

        string assembly = type.Assembly.GetName().Name ?? string.Empty;
        Assert.False(assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal), path + " holds the Roslyn type " + type.FullName);

        int count = 1;
        if (depth >= MaxDepth || (!type.IsValueType && !seen.Add(value)))
        {
            return count;
        }

        if (value is ITuple tuple)
        {
            for (int i = 0; i < tuple.Length; i++)
            {
                count += Walk(tuple[i], path + ".Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), seen, depth + 1);
            }

            return count;
        }

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                count += Walk(item, path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", seen, depth + 1);
                index++;
            }

            return count;
        }

        if (assembly.StartsWith("Corpus.", StringComparison.Ordinal))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0)
                {
                    count += Walk(property.GetValue(value), path + "." + property.Name, seen, depth + 1);
                }
            }
        }

        return count;
    }

    private static System.Collections.Immutable.ImmutableArray<AdditionalText> ImmutableArrayOf(params AdditionalText[] texts) =>
        System.Collections.Immutable.ImmutableArray.Create(texts);
}
