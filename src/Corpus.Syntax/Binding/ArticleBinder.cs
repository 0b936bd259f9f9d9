using System;
using System.Collections.Generic;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;

namespace Corpus.Syntax.Binding;

/// <summary>
/// Resolves one article's references against the entity table. It needs nothing but the
/// parsed article and the table, so the generator re-binds an article without re-parsing
/// it when only the registry changed. When every reference resolves and every name is
/// kept, the bound article is the parsed instance itself, so a cache that compares it with
/// the previous run's result stops at reference equality instead of walking the article.
/// </summary>
public static class ArticleBinder
{
    public static BoundArticle Bind(ArticleFile article, EntityTable entities)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        string path = article.FilePath;

        var mentions = new List<MentionSyntax>(article.Mentions.Count);
        foreach (MentionSyntax mention in article.Mentions)
        {
            EntityDeclaration? entity = Resolve(mention.Entity, entities, path, diagnostics);
            if (entity is null)
            {
                continue;
            }

            if (!entity.AliasesInDoubt && !entities.IsSurfaceForm(entities.IndexOf(entity.Id), mention.Text))
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.SurfaceNotAlias, path, mention.Span, mention.Text, entity.Id));
            }

            mentions.Add(mention);
        }

        var quotations = new List<QuotationSyntax>(article.Quotations.Count);
        foreach (QuotationSyntax quotation in article.Quotations)
        {
            if (quotation.Speaker is { } speaker)
            {
                EntityDeclaration? entity = Resolve(speaker, entities, path, diagnostics);
                if (entity is null)
                {
                    continue;
                }

                if (!entity.Kind.CanSpeak())
                {
                    string kind = entity.Kind.ToKeyword();
                    string determiner = kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ";
                    diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.SpeakerCannotSpeak, path, speaker.Span, speaker.Id, determiner + kind));
                    continue;
                }
            }

            quotations.Add(quotation);
        }

        EntityReference? source = article.SourceEntity;
        if (source is not null && Resolve(source, entities, path, diagnostics) is null)
        {
            source = null;
        }

        bool renamed = CheckMemberNames(article, mentions, quotations, diagnostics);
        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        bool unchanged = !renamed
            && mentions.Count == article.Mentions.Count
            && quotations.Count == article.Quotations.Count
            && ReferenceEquals(source, article.SourceEntity);
        ArticleFile bound = unchanged ? article : article with
        {
            Mentions = mentions.ToEquatableArray(),
            Quotations = quotations.ToEquatableArray(),
            SourceEntity = source,
        };
        return new BoundArticle(bound, diagnostics.Count == 0 ? EquatableArray<CorpusDiagnostic>.Empty : diagnostics.ToEquatableArray());
    }

    private static EntityDeclaration? Resolve(EntityReference reference, EntityTable entities, string path, List<CorpusDiagnostic> diagnostics)
    {
        EntityDeclaration? entity = entities.Find(reference.Id);
        if (entity is null && !entities.IsRejected(reference.Id))
        {
            diagnostics.Add(RegistryBinder.UnknownEntity(path, reference, entities.Suggestions));
        }

        return entity;
    }

    /// <summary>
    /// <c>#name</c>s become members of the article's class: they must differ from each
    /// other, from the members it inherits, and from the class's own name. A colliding
    /// annotation keeps its place in the model but loses its name. Returns whether one did.
    /// </summary>
    private static bool CheckMemberNames(ArticleFile article, List<MentionSyntax> mentions, List<QuotationSyntax> quotations, List<CorpusDiagnostic> diagnostics)
    {
        bool renamed = false;
        // The first claimant of each member name, described only when a later one clashes with it.
        var taken = new Dictionary<string, (string Name, Text.SourceSpan Span)>(StringComparer.Ordinal);
        string? className = article.Id is null ? null : CSharpNames.FromId(article.Id);
        for (int i = 0; i < mentions.Count; i++)
        {
            MentionSyntax mention = mentions[i];
            if (mention.Name is not null && !Claim(mention.Name, mention.NameSpan, "a mention", className, taken, article.FilePath, diagnostics))
            {
                mentions[i] = mention with { Name = null };
                renamed = true;
            }
        }

        for (int i = 0; i < quotations.Count; i++)
        {
            QuotationSyntax quotation = quotations[i];
            if (quotation.Name is not null && !Claim(quotation.Name, quotation.NameSpan, "a quotation", className, taken, article.FilePath, diagnostics))
            {
                quotations[i] = quotation with { Name = null };
                renamed = true;
            }
        }

        return renamed;
    }

    private static bool Claim(string name, Text.SourceSpan span, string what, string? className, Dictionary<string, (string Name, Text.SourceSpan Span)> taken, string path, List<CorpusDiagnostic> diagnostics)
    {
        string member = CSharpNames.FromId(name);
        string? clash = GeneratedNames.IsArticleMember(member) ? "the inherited member '" + member + "'"
            : member == className ? "the class name '" + member + "'"
            : taken.TryGetValue(member, out (string Name, Text.SourceSpan Span) earlier) ? "'#" + earlier.Name + "' at " + RegistryBinder.Where(path, earlier.Span)
            : null;
        if (clash is not null)
        {
            diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.DuplicateMemberName, path, span, name, what, clash));
            return false;
        }

        taken.Add(member, (name, span));
        return true;
    }
}
