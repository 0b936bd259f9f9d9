// Linked into Corpus.Storage (which writes the corpus data resource at build time) and
// Corpus.Model (which reads it at run time): the one definition of the resource's layout.
namespace Corpus.Storage;

/// <summary>
/// The corpus data resource: a fixed header, then an offset table for the entities and one
/// for the articles (so any record is one jump away), then the records. Records are laid out
/// by <see cref="EntityRecord"/> and <see cref="ArticleRecord"/>; numbers are LEB128 varints
/// (<c>DataWriter</c>, <c>DataReader</c>) except the fixed-width offsets.
/// </summary>
internal static class CorpusDataFormat
{
    /// <summary>The manifest resource's logical name in the corpus assembly (one corpus per assembly).</summary>
    public const string ResourceName = "Corpus.Generator.CorpusData";

    /// <summary>"CGDR" read as a little-endian number: a file that is not corpus data fails at once.</summary>
    public const uint Magic = 0x52444743;

    /// <summary>
    /// The layout's version: any change to this folder's record shapes bumps it, so a runtime
    /// never misreads data written for another layout (it says what to rebuild instead).
    /// </summary>
    public const int Version = 4;

    // The header: eight little-endian 32-bit words (the surface hash takes two).
    public const int MagicOffset = 0;
    public const int VersionOffset = 4;
    public const int SurfaceHashOffset = 8;
    public const int EntityCountOffset = 16;
    public const int ArticleCountOffset = 20;
    public const int EntityTableOffset = 24;
    public const int ArticleTableOffset = 28;
    public const int HeaderSize = 32;

    /// <summary>Each entry of the two offset tables: the absolute position of a record.</summary>
    public const int OffsetSize = 4;
}
