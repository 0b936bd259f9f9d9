using System;

namespace Corpus.Model;

/// <summary>
/// An article's front matter, as the generated code hands it to <see cref="Article"/>.
/// Plain data: the generator has already validated every value.
/// </summary>
public sealed class ArticleInfo
{
    /// <summary>The article id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The dek or standfirst, as plain text.</summary>
    public string? Summary { get; init; }

    /// <summary>The caption of the article's main image.</summary>
    public string? Image { get; init; }

    /// <summary>The credit line of the main image.</summary>
    public string? ImageCredit { get; init; }

    /// <summary>An editorial note (a correction, an amendment).</summary>
    public string? Note { get; init; }

    /// <summary>The source as plain text, when it is not an entity.</summary>
    public string? Source { get; init; }

    /// <summary>The id of the source entity, when the source is one.</summary>
    public string? SourceEntityId { get; init; }

    /// <summary>The authors.</summary>
    public string[] Byline { get; init; } = Array.Empty<string>();

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The date of the last update.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>A BCP 47 language tag.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Kebab-case labels.</summary>
    public string[] Tags { get; init; } = Array.Empty<string>();

    /// <summary>Custom <c>x-…</c> metadata as alternating keys and values, sorted by key.</summary>
    public string[] Metadata { get; init; } = Array.Empty<string>();
}
