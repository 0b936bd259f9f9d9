// Linked into Corpus.Storage and Corpus.Model: an entity's record, written and read in one place.
namespace Corpus.Storage;

/// <summary>An entity as the data holds it. <see cref="Affiliations"/> are entity indices.</summary>
internal sealed class EntityData
{
    public string Id = string.Empty;
    public int Kind;
    public string Name = string.Empty;
    public string? Description;
    public string? WikidataId;
    public string[] Aliases = System.Array.Empty<string>();
    public int[] Affiliations = System.Array.Empty<int>();
}

/// <summary>The shape of an entity record: its fields in this order.</summary>
internal static class EntityRecord
{
#if !CORPUS_MODEL
    public static void Write(DataWriter writer, EntityData entity)
    {
        writer.String(entity.Id);
        writer.Varint((uint)entity.Kind);
        writer.String(entity.Name);
        writer.String(entity.Description);
        writer.String(entity.WikidataId);
        writer.Strings(entity.Aliases);
        writer.Table(entity.Affiliations, 1);
    }
#else
    public static EntityData Read(ref DataReader reader) => new()
    {
        Id = reader.String() ?? string.Empty,
        Kind = (int)reader.Varint(),
        Name = reader.String() ?? string.Empty,
        Description = reader.String(),
        WikidataId = reader.String(),
        Aliases = reader.Strings(),
        Affiliations = reader.Table(1),
    };
#endif
}
