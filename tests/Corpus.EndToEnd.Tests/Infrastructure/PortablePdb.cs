using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The source paths a portable PDB names. A PDB stores each path as a list of parts (a separator
/// and blob handles), so a path never appears in its bytes as one string: it has to be decoded.
/// </summary>
internal static class PortablePdb
{
    public static IReadOnlyList<string> DocumentNames(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        MetadataReader reader = provider.GetMetadataReader();
        var names = new List<string>();
        foreach (DocumentHandle handle in reader.Documents)
        {
            names.Add(reader.GetString(reader.GetDocument(handle).Name));
        }

        return names;
    }
}
