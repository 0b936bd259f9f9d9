namespace Corpus.Model;

/// <summary>A work: a document, doctrine, law or publication.</summary>
public sealed class Work : Entity
{
    internal Work(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Work;
}
