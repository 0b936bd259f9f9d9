using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The generated code compiled together with a consuming project's own C#. Whatever the
/// consumer declares elsewhere cannot change what the generated code means (every type
/// reference is global::-qualified, only the kind classes the corpus uses are declared); what
/// cannot work is reported at the consumer's declaration (CG0904).
/// </summary>
public sealed class HostileConsumerTests
{
    private const string Namespace = "T";

    [Theory]
    [InlineData("namespace T { class Corpus {} class System {} class Model {} class Person {} class Article {} }")]
    [InlineData("namespace T.Corpus.Model { class Person {} class Article {} class CorpusCatalog {} }")]
    [InlineData("namespace T.System.Collections.Generic { class IReadOnlyList<X> {} } namespace T.System { class Array {} }")]
    [InlineData("class Entities {} class People {} class Articles {} class Quotes {} class __CorpusData {} class Person {}")]
    [InlineData("namespace Other { class Corpus {} class System {} }")]
    [InlineData("namespace T.Events { class X {} } namespace T.Works { class Y {} } namespace T.Groups { class Z {} }")]
    [InlineData("class Events {} namespace T { class Works {} }")]
    [InlineData("namespace T { public static partial class Entities { public static int Extra => 1; } }")]
    [InlineData("namespace T.ArticleTypes { class Mine {} }")]
    [InlineData("namespace T { class Entities<X> {} }")]
    public void Consumer_declarations_elsewhere_do_not_break_the_generated_code(string consumer)
    {
        GeneratorRun run = Run(Namespace, consumer);

        Assert.Empty(NamespaceSettingTests.GeneratorDiagnostics(run));
        DiagnosticAssert.NoErrors(run.CompilationDiagnostics, "in the output compilation");
    }

    [Theory]
    [InlineData("T", "class Corpus {}", "/src/Consumer0.cs(1,7,1,13): error CG0904: The type 'Corpus' conflicts with the generated corpus: the generated code names the namespace 'global::Corpus', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "class System {}", "/src/Consumer0.cs(1,7,1,13): error CG0904: The type 'System' conflicts with the generated corpus: the generated code names the namespace 'global::System', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "namespace Corpus { class Model {} }", "/src/Consumer0.cs(1,26,1,31): error CG0904: The type 'Corpus.Model' conflicts with the generated corpus: the generated code names the namespace 'global::Corpus.Model', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "namespace System { class Threading {} }", "/src/Consumer0.cs(1,26,1,35): error CG0904: The type 'System.Threading' conflicts with the generated corpus: the generated code names the namespace 'global::System.Threading', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "namespace System.Text { class Json {} }", "/src/Consumer0.cs(1,31,1,35): error CG0904: The type 'System.Text.Json' conflicts with the generated corpus: the generated code names the namespace 'global::System.Text.Json', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "namespace Corpus.Model { class Json {} }", "/src/Consumer0.cs(1,32,1,36): error CG0904: The type 'Corpus.Model.Json' conflicts with the generated corpus: the generated code names the namespace 'global::Corpus.Model.Json', which this type hides; rename the type or move it into a namespace")]
    [InlineData("T", "namespace T.People { class X {} }", "/src/Consumer0.cs(1,13,1,19): error CG0904: The namespace 'T.People' conflicts with the generated corpus: the corpus declares the class 'T.People'; rename the namespace or set <CorpusNamespace>")]
    [InlineData("T", "namespace T { class Entities {} }", "/src/Consumer0.cs(1,21,1,29): error CG0904: The type 'T.Entities' conflicts with the generated corpus: the corpus declares the static partial class 'T.Entities'; declare yours 'static partial' to extend it, or rename it")]
    [InlineData("T", "namespace T { enum Countries { A } }", "/src/Consumer0.cs(1,20,1,29): error CG0904: The type 'T.Countries' conflicts with the generated corpus: the corpus declares the static partial class 'T.Countries'; declare yours 'static partial' to extend it, or rename it")]
    [InlineData("T", "namespace T { class ArticleTypes {} }", "/src/Consumer0.cs(1,21,1,33): error CG0904: The type 'T.ArticleTypes' conflicts with the generated corpus: the corpus declares the namespace 'T.ArticleTypes' for its article classes; rename the type or set <CorpusNamespace>")]
    [InlineData("T.U", "namespace T { class U {} }", "/src/Consumer0.cs(1,21,1,22): error CG0904: The type 'T.U' conflicts with the generated corpus: the corpus is generated in the namespace 'T.U', which needs 'T.U' to be a namespace; rename the type or set <CorpusNamespace>")]
    [InlineData("T", "class T {}", "/src/Consumer0.cs(1,7,1,8): error CG0904: The type 'T' conflicts with the generated corpus: the corpus is generated in the namespace 'T', which needs 'T' to be a namespace; rename the type or set <CorpusNamespace>")]
    public void What_cannot_work_is_CG0904_at_the_consumers_declaration(string ns, string consumer, string expected)
    {
        GeneratorRun run = Run(ns, consumer);

        Assert.Equal(new[] { expected }, NamespaceSettingTests.GeneratorDiagnostics(run));
    }

    /// <summary>docs/diagnostics.md shows this example, with the file named Roster.cs.</summary>
    [Fact]
    public void The_documented_example_is_what_the_generator_reports()
    {
        string docs = System.IO.File.ReadAllText(TestPaths.InRepo("docs/diagnostics.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        GeneratorRun run = Run(Namespace, "namespace T.People\n{\n    public sealed class Roster { }\n}\n");

        Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(run.WithId("CG0904"));
        Microsoft.CodeAnalysis.FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string shown = "Roster.cs(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): error CG0904: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("\n" + shown + "\n", docs, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_without_events_declares_no_Events_class()
    {
        GeneratorRun run = Run(Namespace, string.Empty);

        string entities = run.Source("Entities.g.cs");
        Assert.Equal(
            new[] { "Entities", "People", "Organizations", "Countries", "Places" },
            Regex.Matches(entities, "public static partial class (\\w+)").Select(m => m.Groups[1].Value));
    }

    /// <summary>The conflict check must know every namespace the emitters name from the root.</summary>
    [Fact]
    public void Every_global_reference_is_to_the_corpus_namespace_or_a_namespace_the_conflict_check_knows()
    {
        GeneratorRun run = Run(Namespace, string.Empty);

        var unknown = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> source in run.Sources)
        {
            foreach (Match match in Regex.Matches(source.Value, "global::([A-Za-z_][A-Za-z0-9_.]*)"))
            {
                string name = match.Groups[1].Value;
                string container = NamespaceOf(run.OutputCompilation, name);
                if (container != Namespace && !container.StartsWith(Namespace + ".", System.StringComparison.Ordinal) && !DeclarationConflicts.ReferencedNamespaces.Contains(container, System.StringComparer.Ordinal))
                {
                    unknown.Add(name);
                }
            }
        }

        Assert.Empty(unknown);
    }

    /// <summary>The longest dotted prefix of a qualified name that is a namespace of the compilation (System.Array.AsReadOnly → System).</summary>
    private static string NamespaceOf(Microsoft.CodeAnalysis.Compilation compilation, string name)
    {
        Microsoft.CodeAnalysis.INamespaceSymbol current = compilation.GlobalNamespace;
        string result = string.Empty;
        foreach (string part in name.Split('.'))
        {
            Microsoft.CodeAnalysis.INamespaceSymbol? next = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (next is null)
            {
                break;
            }

            current = next;
            result = result.Length == 0 ? part : result + "." + part;
        }

        return result;
    }

    private static GeneratorRun Run(string ns, string consumer) =>
        GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = ns, Sources = consumer.Length == 0 ? System.Array.Empty<string>() : new[] { consumer } });
}
