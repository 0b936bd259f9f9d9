using Corpus.Syntax;
using Corpus.Syntax.Collections;

namespace Corpus.Storage.Surface;

/// <summary>
/// What the generated code is made of, and nothing else: names, kinds, documentation and
/// indices, as equatable values (no spans, paths or diagnostics), so an edit that changes none
/// of them re-emits nothing. <see cref="Hash"/> covers what the generated code and the data
/// resource must agree on; both carry it, and the runtime compares them.
/// </summary>
public sealed record CorpusSurface(EquatableArray<EntitySurface> Entities, EquatableArray<ArticleSurface> Articles)
{
    public ulong Hash { get; } = SurfaceHash.Of(Entities, Articles);

    public bool IsEmpty => Entities.Count == 0 && Articles.Count == 0;
}

/// <summary>An entity as <c>Entities.X</c> shows it; its position in <see cref="CorpusSurface.Entities"/> is its index in the data.</summary>
public sealed record EntitySurface(string Id, EntityKind Kind, string MemberName, string Documentation);

/// <summary>
/// An article as <c>Articles.X</c> shows it. <see cref="Members"/> are its <c>#name</c>d
/// quotations and mentions: an article with any gets a class of its own, named <see cref="ClassName"/>.
/// </summary>
public sealed record ArticleSurface(string Id, string ClassName, string Documentation, EquatableArray<NamedMember> Members)
{
    public bool HasClass => Members.Count > 0;
}

/// <summary>A <c>#name</c>d quotation or mention: a typed property of its article's class, by its index in the article's quotes or mentions.</summary>
public sealed record NamedMember(string Name, bool IsQuote, int Index, string Documentation);
