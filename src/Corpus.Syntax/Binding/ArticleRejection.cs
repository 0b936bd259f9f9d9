namespace Corpus.Syntax.Binding;

/// <summary>Why a complete article is left out of the generated corpus (each is a diagnostic of <see cref="CorpusValidator"/>).</summary>
public enum ArticleRejection
{
    /// <summary>An earlier file (in path order) has the same id: CG0109.</summary>
    DuplicateId,

    /// <summary>The id's C# name is one the generated code reserves: CG0401.</summary>
    ReservedName,

    /// <summary>An earlier article's id has the same C# name: CG0400.</summary>
    NameCollision,
}
