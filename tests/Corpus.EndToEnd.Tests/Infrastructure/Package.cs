using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>A .nupkg or .snupkg, read as the zip file it is.</summary>
internal sealed class Package
{
    private Package(string path, IReadOnlyList<string> files, XElement metadata)
    {
        Path = path;
        Files = files;
        Metadata = metadata;
    }

    public string Path { get; }

    /// <summary>The package's files in ordinal order, without the OPC parts (_rels/, package/, [Content_Types].xml).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The nuspec's &lt;metadata&gt; element.</summary>
    public XElement Metadata { get; }

    public static Package Open(string path)
    {
        using ZipArchive zip = ZipFile.OpenRead(path);
        List<string> files = zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) &&
                           !name.StartsWith("package/", StringComparison.Ordinal) &&
                           !string.Equals(name, "[Content_Types].xml", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        ZipArchiveEntry nuspec = zip.Entries.Single(entry => !entry.FullName.Contains('/', StringComparison.Ordinal) && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new Package(path, files, metadata);
    }

    /// <summary>The text of a metadata element, e.g. "id" or "license".</summary>
    public string? Value(string name) => Element(name)?.Value;

    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    /// <summary>The dependencies as "group-framework: id version [exclude]" lines.</summary>
    public IReadOnlyList<string> Dependencies() =>
        (Element("dependencies")?.Elements() ?? Enumerable.Empty<XElement>())
            .SelectMany(group => group.Elements().DefaultIfEmpty().Select(dependency => dependency is null
                ? (string?)group.Attribute("targetFramework") + ":"
                : (string?)group.Attribute("targetFramework") + ": " + (string?)dependency.Attribute("id") + " " + (string?)dependency.Attribute("version") +
                  ((string?)dependency.Attribute("exclude") is { } exclude ? " exclude=" + exclude : string.Empty)))
            .ToList();

    public byte[] Read(string file)
    {
        using ZipArchive zip = ZipFile.OpenRead(Path);
        using Stream stream = zip.GetEntry(file)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
