using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emit;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Specs;
using Corpus.Storage.Surface;
using Corpus.Syntax;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// Compiles the corpus's annotated text files (AdditionalFiles marked <c>CorpusFile</c>)
/// into the typed surface of the corpus: classes, members, XML docs, indices. The data itself
/// (texts, front matter, annotations) is not C#: the package's build step writes it as a
/// manifest resource from the same Corpus.Syntax results (the resx model). Each file is parsed
/// on its own and cached; registries are merged into one entity table; each article is bound
/// against it and reduced to its surface; a cheap corpus-wide step validates and orders them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<CorpusFileInput> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => new CorpusFileSelector(options)))
            .Select(static (pair, ct) => Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.CorpusFiles);

        IncrementalValuesProvider<RegistryFile> registries = files
            .Where(static file => file.IsRegistry)
            .Select(static (file, ct) => ParseRegistry(file, ct))
            .WithTrackingName(TrackingNames.RegistryParse);

        IncrementalValuesProvider<ParsedArticle> parsed = files
            .Where(static file => !file.IsRegistry)
            .Select(static (file, ct) => new ParsedArticle(ParseArticle(file, ct), file.Text))
            .WithTrackingName(TrackingNames.ArticleParse);
        IncrementalValuesProvider<ArticleFile> articles = parsed.Select(static (article, _) => article.Article);

        IncrementalValueProvider<EntityTable> entities = registries
            .Collect()
            .Select(static (all, _) => BindRegistries(all))
            .WithTrackingName(TrackingNames.EntityTable);

        // The recall aid (CG0312, CG0313), per article and cached with it: the engine over the
        // registry's names is built once per entity table, and not at all when the project
        // turns the aid off (CorpusRecallAid=false).
        IncrementalValueProvider<AnnotationSuggester?> suggester = Reported(context, entities
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => RecallAidSetting.IsEnabled(options.GlobalOptions)))
            .Select(static (pair, _) => pair.Right
                ? Guard.Run<EntityTable, AnnotationSuggester?>(pair.Left, static table => new AnnotationSuggester(table), null)
                : new Guarded<AnnotationSuggester?>(null, EquatableArray<CorpusDiagnostic>.Empty)));
        IncrementalValuesProvider<EquatableArray<CorpusDiagnostic>> recall = parsed
            .Combine(suggester)
            .Select(static (pair, _) => pair.Right is null ? EquatableArray<CorpusDiagnostic>.Empty : RecallDiagnostics(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.RecallAid);

        // Each article is bound on its own against the entity table, and reduced to its
        // surface: an edit that changes no name, title or #name index leaves the surface equal,
        // and nothing downstream runs again.
        IncrementalValuesProvider<ArticleUnit> units = articles
            .Combine(entities)
            .Select(static (pair, _) => BindArticle(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleBind);

        // Settings that cannot be read generate nothing (no namespace), and say why (CG0900).
        IncrementalValueProvider<GeneratorSettings> settings = Reported(context, context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => Guard.Run(pair, static p => GeneratorSettings.Create(p.Left.GlobalOptions, p.Right as CSharpParseOptions), new GeneratorSettings(null, true, string.Empty)))
            .WithTrackingName(TrackingNames.Settings));

        // The entities' surface depends on the table alone: an article edit does not rebuild it.
        IncrementalValueProvider<EquatableArray<EntitySurface>> entitySurface = Reported(context, entities
            .Select(static (table, _) => Guard.Run(table, SurfaceBuilder.Entities, EquatableArray<EntitySurface>.Empty)));

        IncrementalValueProvider<CorpusResult> corpus = units
            .Collect()
            .Combine(entities)
            .Combine(entitySurface)
            .Select(static (pair, _) => BuildCorpus(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CorpusModel);

        IncrementalValueProvider<(CorpusSurface Surface, GeneratorSettings Settings)> surface = corpus
            .Select(static (result, _) => result.Surface)
            .WithTrackingName(TrackingNames.Surface)
            .Combine(settings);

        // Diagnostics travel as data and are reported per article, so a cached article reports
        // again without work; registries' diagnostics come once, through the merged entity table.
        context.RegisterSourceOutput(articles, static (spc, file) => RoslynDiagnostics.Report(spc, file.Diagnostics));
        context.RegisterSourceOutput(units, static (spc, unit) => RoslynDiagnostics.Report(spc, unit.Bound.Diagnostics));
        context.RegisterSourceOutput(entities, static (spc, table) => RoslynDiagnostics.Report(spc, table.Diagnostics));
        context.RegisterSourceOutput(recall, static (spc, diagnostics) => RoslynDiagnostics.Report(spc, diagnostics));
        context.RegisterSourceOutput(corpus.Select(static (result, _) => result.Diagnostics), static (spc, diagnostics) => RoslynDiagnostics.Report(spc, diagnostics));
        context.RegisterSourceOutput(surface, static (spc, pair) => Guard.Report(spc, () => ReportSettings(spc, pair.Surface, pair.Settings)));

        // What in the project's own C# the generated code cannot live beside (CG0904). The step
        // reads the declaration table only and yields plain data, so it is cheap on each edit and
        // nothing downstream runs again unless a conflict appears or goes.
        IncrementalValueProvider<EquatableArray<NameConflict>> conflicts = Reported(context, context.CompilationProvider
            .Combine(settings)
            .Select(static (pair, ct) => Guard.Run(pair, p => DeclarationConflicts.Find(p.Left, p.Right.Namespace, ct), EquatableArray<NameConflict>.Empty))
            .WithTrackingName(TrackingNames.Conflicts));
        context.RegisterSourceOutput(conflicts.Combine(surface), static (spc, pair) => Guard.Report(spc, () => ReportConflicts(spc, pair.Left, pair.Right.Surface, pair.Right.Settings)));

        // Each generated file from its own spec: a file is emitted again only when its spec changes.
        IncrementalValueProvider<CatalogSpec?> catalog = Reported(context, surface
            .Select(static (pair, _) => Guard.Run(pair, static p => Usable(p) ? OutputSpecBuilder.Catalog(p.Surface, p.Settings.Namespace!) : null, null))
            .WithTrackingName(TrackingNames.CatalogSpec));
        IncrementalValueProvider<EntitiesSpec?> entitiesSpec = Reported(context, surface
            .Select(static (pair, _) => Guard.Run(pair, static p => Usable(p) ? OutputSpecBuilder.Entities(p.Surface, p.Settings.Namespace!) : null, null))
            .WithTrackingName(TrackingNames.EntitiesSpec));
        IncrementalValueProvider<ArticlesSpec?> articlesSpec = Reported(context, surface
            .Select(static (pair, _) => Guard.Run(pair, static p => Usable(p) ? OutputSpecBuilder.Articles(p.Surface, p.Settings.Namespace!, p.Settings.ArticleProperties) : null, null))
            .WithTrackingName(TrackingNames.ArticlesSpec));
        // Not guarded like the specs above: the groups must come out of the SelectMany itself, whose
        // items the driver compares one by one (IncrementalityTests), and a guard there has no
        // output of its own to report a failure from. Each group's emitter is guarded.
        IncrementalValuesProvider<ArticleClassGroup> groups = surface
            .SelectMany(static (pair, _) => Usable(pair) ? OutputSpecBuilder.Groups(pair.Surface, pair.Settings.Namespace!) : EquatableArray<ArticleClassGroup>.Empty)
            .WithTrackingName(TrackingNames.ArticleGroups);

        context.RegisterSourceOutput(catalog, static (spc, spec) => Emit(spc, "CorpusData.g.cs", spec, CatalogEmitter.Emit));
        context.RegisterSourceOutput(entitiesSpec, static (spc, spec) => Emit(spc, "Entities.g.cs", spec, EntitiesEmitter.Emit));
        context.RegisterSourceOutput(articlesSpec, static (spc, spec) => Emit(spc, "Articles.g.cs", spec, ArticlesEmitter.Emit));
        context.RegisterSourceOutput(groups, static (spc, group) =>
        {
            if (group.Articles.Count > 0)
            {
                Emit(spc, ArticleGroupEmitter.HintName(group.Group), group, ArticleGroupEmitter.Emit);
            }
        });
    }

    private static CorpusFileInput? Read(AdditionalText file, CorpusFileSelector selector, CancellationToken ct)
    {
        if (!selector.IsCorpusFile(file))
        {
            return null;
        }

        bool isRegistry = FileNames.IsRegistry(file.Path);
        try
        {
            SourceText? text = file.GetText(ct);
            return text is null
                ? new CorpusFileInput(file.Path, string.Empty, isRegistry, "the compiler returned no text for it")
                : new CorpusFileInput(file.Path, text.ToString(), isRegistry);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Carried as data and reported by the parse step, like any other diagnostic of the file.
            return new CorpusFileInput(file.Path, string.Empty, isRegistry, e.GetType().Name + ": " + e.Message);
        }
    }

    private static RegistryFile ParseRegistry(CorpusFileInput file, CancellationToken ct)
    {
        if (file.ReadError is not null)
        {
            return Failures.Registry(file.Path, Failures.Unreadable(file.Path, file.ReadError));
        }

        try
        {
            FaultInjection.ThrowIfRequested(file.Path);
            return RegistryParser.Parse(file.Path, file.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failures.Registry(file.Path, Failures.Diagnostic(file.Path, e));
        }
    }

    private static ArticleFile ParseArticle(CorpusFileInput file, CancellationToken ct)
    {
        if (file.ReadError is not null)
        {
            return Failures.Article(file.Path, Failures.Unreadable(file.Path, file.ReadError));
        }

        try
        {
            FaultInjection.ThrowIfRequested(file.Path);
            return ArticleParser.Parse(file.Path, file.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failures.Article(file.Path, Failures.Diagnostic(file.Path, e));
        }
    }

    private static EntityTable BindRegistries(ImmutableArray<RegistryFile> registries)
    {
        try
        {
            return RegistryBinder.Bind(registries);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EntityTable(EquatableArray<EntityDeclaration>.Empty, new[] { Failures.Diagnostic(string.Empty, e) }.ToEquatableArray());
        }
    }

    private static EquatableArray<CorpusDiagnostic> RecallDiagnostics(ParsedArticle parsed, AnnotationSuggester suggester)
    {
        try
        {
            return RecallAid.Diagnose(parsed.Article, parsed.Source, suggester).ToEquatableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new[] { Failures.Diagnostic(parsed.Article.FilePath, e) }.ToEquatableArray();
        }
    }

    private static ArticleUnit BindArticle(ArticleFile article, EntityTable entities)
    {
        try
        {
            BoundArticle bound = ArticleBinder.Bind(article, entities);
            return new ArticleUnit(bound, bound.IsGenerated ? SurfaceBuilder.Article(bound, entities) : null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            BoundArticle failed = new(article with { Id = null }, new[] { Failures.Diagnostic(article.FilePath, e) }.ToEquatableArray());
            return new ArticleUnit(failed, null);
        }
    }

    private static CorpusResult BuildCorpus(ImmutableArray<ArticleUnit> units, EntityTable entities, EquatableArray<EntitySurface> entitySurface)
    {
        try
        {
            var surfaces = new Dictionary<string, ArticleSurface>(units.Length, StringComparer.Ordinal);
            var bound = new List<BoundArticle>(units.Length);
            foreach (ArticleUnit unit in units)
            {
                bound.Add(unit.Bound);
                if (unit.Surface is not null)
                {
                    surfaces[unit.Bound.Article.FilePath] = unit.Surface;
                }
            }

            // The same validation as the build task's CorpusCompilation, so both keep the same articles in the same order.
            (List<BoundArticle> kept, List<CorpusDiagnostic> diagnostics) = CorpusValidator.Validate(entities, bound);
            var articles = new ArticleSurface[kept.Count];
            for (int i = 0; i < articles.Length; i++)
            {
                articles[i] = surfaces[kept[i].Article.FilePath];
            }

            var surface = new CorpusSurface(entitySurface, new EquatableArray<ArticleSurface>(articles));
            return new CorpusResult(surface, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = new CorpusSurface(EquatableArray<EntitySurface>.Empty, EquatableArray<ArticleSurface>.Empty);
            return new CorpusResult(empty, new[] { Failures.Diagnostic(string.Empty, e) }.ToEquatableArray());
        }
    }

    /// <summary>Reports a guarded step's failure once, from its own output, and passes its value on.</summary>
    private static IncrementalValueProvider<T> Reported<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<Guarded<T>> guarded)
    {
        context.RegisterSourceOutput(guarded, static (spc, step) => RoslynDiagnostics.Report(spc, step.Failures));
        return guarded.Select(static (step, _) => step.Value);
    }

    private static bool Usable((CorpusSurface Surface, GeneratorSettings Settings) pair) =>
        !pair.Surface.IsEmpty && pair.Settings.LanguageVersionSupported && pair.Settings.Namespace is not null;

    /// <summary>An old C# version or an unusable namespace matters only to a project that has a corpus to generate.</summary>
    private static void ReportSettings(SourceProductionContext context, CorpusSurface surface, GeneratorSettings settings)
    {
        if (surface.IsEmpty)
        {
            return;
        }

        if (settings.NamespaceDiagnosticId is { } id)
        {
            context.ReportDiagnostic(Diagnostic.Create(RoslynDiagnostics.Get(id), Location.None, settings.NamespaceMessage));
        }

        if (!settings.LanguageVersionSupported)
        {
            context.ReportDiagnostic(Diagnostic.Create(RoslynDiagnostics.Get(DiagnosticDescriptors.LanguageVersionTooOld.Id), Location.None, string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.LanguageVersionTooOld.MessageFormat, settings.LanguageVersion)));
        }
    }

    /// <summary>A conflict with a class the corpus does not declare (People in a corpus without people) is no conflict.</summary>
    private static void ReportConflicts(SourceProductionContext context, EquatableArray<NameConflict> conflicts, CorpusSurface surface, GeneratorSettings settings)
    {
        if (conflicts.Count == 0 || !Usable((surface, settings)))
        {
            return;
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntitySurface entity in surface.Entities)
        {
            declared.Add(GeneratedNames.KindClass(entity.Kind));
        }

        foreach (ArticleSurface article in surface.Articles)
        {
            if (article.HasClass)
            {
                declared.Add(ArticlesEmitter.TypesNamespace);
                break;
            }
        }

        foreach (NameConflict conflict in conflicts)
        {
            if (conflict.GeneratedName.Length == 0 || declared.Contains(conflict.GeneratedName))
            {
                string message = MessageText.Escape(string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.ConflictingDeclaration.MessageFormat, conflict.What, conflict.FullName, conflict.Reason));
                Location location = conflict.Path.Length == 0 ? Location.None : Location.Create(conflict.Path, conflict.Span, conflict.Lines);
                context.ReportDiagnostic(Diagnostic.Create(RoslynDiagnostics.Get(DiagnosticDescriptors.ConflictingDeclaration.Id), location, message));
            }
        }
    }

    private static void Emit<T>(SourceProductionContext context, string hintName, T? spec, Func<T, string> emit)
        where T : class
    {
        if (spec is null)
        {
            return;
        }

        Guard.Report(context, () => context.AddSource(hintName, SourceText.From(emit(spec), Encoding.UTF8)));
    }
}
