using System;
using System.IO;
using System.Reflection.Metadata;
using System.Text;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the SourceLink map that the compiler embeds in a portable PDB.</summary>
internal static class SourceLink
{
    // The custom debug information kind of SourceLink (System.Reflection.Metadata's PortablePdb spec).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The SourceLink JSON of the PDB, or null when it has none.</summary>
    public static string? Json(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        MetadataReader reader = provider.GetMetadataReader();
        foreach (CustomDebugInformationHandle handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            CustomDebugInformation information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }
}
