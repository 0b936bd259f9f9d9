using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emit;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Specs;
using Corpus.Syntax;
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
/// into typed C#. Each file is parsed on its own and cached; registries are merged into
/// one entity table; each article is bound against it; a cheap corpus-wide step numbers
/// the articles and deals them into a bounded number of output groups.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    private const string CorpusFileMetadata = "build_metadata.AdditionalFiles.CorpusFile";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<CorpusFileInput> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.CorpusFiles);

        IncrementalValuesProvider<RegistryFile> registries = files
            .Where(static file => file.IsRegistry)
            .Select(static (file, ct) => ParseRegistry(file, ct))
            .WithTrackingName(TrackingNames.RegistryParse);

        IncrementalValuesProvider<ArticleFile> articles = files
            .Where(static file => !file.IsRegistry)
            .Select(static (file, ct) => ParseArticle(file, ct))
            .WithTrackingName(TrackingNames.ArticleParse);

        IncrementalValueProvider<EntityTable> entities = registries
            .Collect()
            .Select(static (all, _) => BindRegistries(all))
            .WithTrackingName(TrackingNames.EntityTable);

        // What binding needs of an article but not of the entities (its annotation table, whose
        // UTF-8 offsets cost a walk of the body) is laid out per article and cached with it.
        IncrementalValuesProvider<ArticleLayout> layouts = articles
            .Select(static (article, _) => LayOut(article))
            .WithTrackingName(TrackingNames.ArticleLayout);

        // Binding fans out from one collected value instead of combining each article with
        // the entity table: Roslyn's Combine of a values provider with a value provider lost
        // an article after a removal followed by a fully cached run (found by the incremental
        // property test, IncrementalCorrectnessTests). What is left of binding is cheap: look
        // up the ids, check names, fill the entity slots of the cached table, and for a cached
        // layout against a cached table not even that (BoundModelCache). An article whose
        // references all resolve keeps its parsed instance, so comparing a new model with the
        // previous one (the driver keeps the previous one when equal) stops at reference equality
        // for the article, and later steps stay cached.
        IncrementalValuesProvider<ArticleModel> models = layouts
            .Collect()
            .Combine(entities)
            .SelectMany(static (pair, ct) => BindArticles(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ArticleBind);

        IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => GeneratorSettings.Create(pair.Left.GlobalOptions, pair.Right as CSharpParseOptions))
            .WithTrackingName(TrackingNames.Settings);

        IncrementalValueProvider<CorpusSpec> corpus = models
            .Collect()
            .Combine(entities)
            .Combine(settings)
            .Select(static (pair, _) => BuildCorpus(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CorpusModel);

        IncrementalValuesProvider<ArticleGroupSpec> groups = corpus
            .SelectMany(static (spec, _) => spec.Groups)
            .WithTrackingName(TrackingNames.ArticleGroups);

        // Diagnostics travel as data and are reported per article, so a cached article reports
        // again without work; registries' diagnostics come once, through the merged entity table.
        context.RegisterSourceOutput(articles, static (spc, file) => RoslynDiagnostics.Report(spc, file.Diagnostics));
        context.RegisterSourceOutput(models, static (spc, model) => RoslynDiagnostics.Report(spc, model.Bound.Diagnostics));
        context.RegisterSourceOutput(entities, static (spc, table) => RoslynDiagnostics.Report(spc, table.Diagnostics));
        context.RegisterSourceOutput(corpus, static (spc, spec) => RoslynDiagnostics.Report(spc, spec.Diagnostics));

        IncrementalValueProvider<(CorpusIndexSpec Index, GeneratorSettings Settings)> index = corpus
            .Select(static (spec, _) => spec.Index)
            .Combine(settings);
        context.RegisterSourceOutput(index, static (spc, pair) => EmitIndex(spc, pair.Index, pair.Settings));
        context.RegisterSourceOutput(groups.Combine(settings), static (spc, pair) => EmitGroup(spc, pair.Left, pair.Right));
    }

    private static CorpusFileInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken ct)
    {
        if (!options.GetOptions(file).TryGetValue(CorpusFileMetadata, out string? flag) ||
            !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
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

    private static ArticleLayout LayOut(ArticleFile article)
    {
        try
        {
            return ArticleModelBuilder.Layout(article);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Reported by binding, the step that reported a failure of the layout before it was a step of its own.
            return new ArticleLayout(article, EquatableArray<int>.Empty) { Failure = Failures.Diagnostic(article.FilePath, e) };
        }
    }

    private static ImmutableArray<ArticleModel> BindArticles(ImmutableArray<ArticleLayout> layouts, EntityTable entities, CancellationToken ct)
    {
        var models = ImmutableArray.CreateBuilder<ArticleModel>(layouts.Length);
        foreach (ArticleLayout layout in layouts)
        {
            // Every article is bound on every change: a typing pause must be able to stop it.
            ct.ThrowIfCancellationRequested();
            models.Add(BindArticle(layout, entities));
        }

        return models.MoveToImmutable();
    }

    private static ArticleModel BindArticle(ArticleLayout layout, EntityTable entities)
    {
        ArticleFile article = layout.Article;
        if (layout.Failure is not null)
        {
            return Failed(article, layout.Failure);
        }

        try
        {
            // An unchanged article against an unchanged table is the previous model itself: no
            // work, and the driver's comparison with it stops at reference equality.
            return BoundModelCache.GetOrBind(layout, entities, static (l, table) => ArticleModelBuilder.Build(l, ArticleBinder.Bind(l.Article, table), table));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(article, Failures.Diagnostic(article.FilePath, e));
        }
    }

    private static ArticleModel Failed(ArticleFile article, CorpusDiagnostic failure)
    {
        BoundArticle failed = new(article with { Id = null }, new[] { failure }.ToEquatableArray());
        return new ArticleModel(failed, EquatableArray<int>.Empty, EquatableArray<NamedMember>.Empty, null);
    }

    private static CorpusSpec BuildCorpus(ImmutableArray<ArticleModel> models, EntityTable entities, GeneratorSettings settings)
    {
        try
        {
            return CorpusSpecBuilder.Build(models, entities, settings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = new CorpusIndexSpec(settings.Namespace, EquatableArray<EntityDeclaration>.Empty, EquatableArray<ArticleEntry>.Empty);
            return new CorpusSpec(empty, EquatableArray<ArticleGroupSpec>.Empty, new[] { Failures.Diagnostic(string.Empty, e) }.ToEquatableArray());
        }
    }

    private static void EmitIndex(SourceProductionContext context, CorpusIndexSpec index, GeneratorSettings settings)
    {
        if (index.IsEmpty)
        {
            return;
        }

        if (!settings.LanguageVersionSupported)
        {
            context.ReportDiagnostic(Diagnostic.Create(RoslynDiagnostics.Get(DiagnosticDescriptors.LanguageVersionTooOld.Id), Location.None, string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.LanguageVersionTooOld.MessageFormat, settings.LanguageVersion)));
            return;
        }

        AddSource(context, "CorpusData.g.cs", () => CatalogEmitter.Emit(index));
        AddSource(context, "Entities.g.cs", () => EntitiesEmitter.Emit(index));
        AddSource(context, "Articles.g.cs", () => ArticlesEmitter.Emit(index));
    }

    private static void EmitGroup(SourceProductionContext context, ArticleGroupSpec group, GeneratorSettings settings)
    {
        if (settings.LanguageVersionSupported && group.Articles.Count > 0)
        {
            AddSource(context, ArticleGroupEmitter.HintName(group.Group), () => ArticleGroupEmitter.Emit(group));
        }
    }

    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        string source;
        try
        {
            source = emit();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(RoslynDiagnostics.ToRoslyn(Failures.Diagnostic(string.Empty, e)));
            return;
        }

        context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
    }
}
