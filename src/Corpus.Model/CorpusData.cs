using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Corpus.Storage;

namespace Corpus.Model;

/// <summary>
/// The corpus data resource, read in place: a manifest resource of a loaded assembly is part of
/// its mapped image, so the data is never copied; each record is decoded on first use.
/// </summary>
internal sealed unsafe class CorpusData
{
    private readonly byte* _data;
    private readonly int _length;

    // Keeps what owns the bytes alive: the resource stream (the image) or a pinned array. Held,
    // never read: the reference is the point.
    private readonly object _owner;

    private CorpusData(byte* data, int length, object owner, string origin)
    {
        _data = data;
        _length = length;
        _owner = owner;
        Origin = origin;
        ReadOnlySpan<byte> span = Span;
        if (length < CorpusDataFormat.HeaderSize || DataReader.UInt32At(span, CorpusDataFormat.MagicOffset) != CorpusDataFormat.Magic)
        {
            throw new InvalidOperationException("The corpus data of " + origin + " is not corpus data (its header is wrong). " + RebuildAdvice);
        }

        int version = (int)DataReader.UInt32At(span, CorpusDataFormat.VersionOffset);
        if (version != CorpusDataFormat.Version)
        {
            throw new InvalidOperationException("The corpus data of " + origin + " has layout version " + Format(version) + ", but this Corpus.Model reads version "
                + Format(CorpusDataFormat.Version) + ": the corpus was built with another version of Corpus.Generator. Use the same version of Corpus.Generator and Corpus.Model, and rebuild the corpus project.");
        }

        SurfaceHash = DataReader.UInt32At(span, CorpusDataFormat.SurfaceHashOffset) | ((ulong)DataReader.UInt32At(span, CorpusDataFormat.SurfaceHashOffset + 4) << 32);
        EntityCount = (int)DataReader.UInt32At(span, CorpusDataFormat.EntityCountOffset);
        ArticleCount = (int)DataReader.UInt32At(span, CorpusDataFormat.ArticleCountOffset);
        EntityTable = (int)DataReader.UInt32At(span, CorpusDataFormat.EntityTableOffset);
        ArticleTable = (int)DataReader.UInt32At(span, CorpusDataFormat.ArticleTableOffset);
    }

    /// <summary>What to do about any mismatch: the resource and the generated code come from one build.</summary>
    public const string RebuildAdvice = "Rebuild the project that compiles the corpus (dotnet build), so that its generated code and its data resource come from the same build.";

    /// <summary>Where the data comes from, for messages.</summary>
    public string Origin { get; }

    public ulong SurfaceHash { get; }

    public int EntityCount { get; }

    public int ArticleCount { get; }

    private int EntityTable { get; }

    private int ArticleTable { get; }

    public ReadOnlySpan<byte> Span => new(_data, _length);

    /// <summary>The resource of a corpus assembly, or an exception that says what to rebuild.</summary>
    public static CorpusData FromAssembly(Assembly assembly)
    {
        string origin = "assembly '" + assembly.GetName().Name + "'";
        Stream? stream = assembly.GetManifestResourceStream(CorpusDataFormat.ResourceName);
        if (stream is null)
        {
            throw new InvalidOperationException("The corpus data resource '" + CorpusDataFormat.ResourceName + "' is missing from " + origin
                + ": its generated code was compiled without the data that the Corpus.Generator package's build step writes (a build that does not import the package's build files?). " + RebuildAdvice);
        }

        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
        {
            return new CorpusData(mapped.PositionPointer, (int)mapped.Length, mapped, origin);
        }

        // Not mapped (a host that loads assemblies from bytes): the one copy is pinned for good.
        using (stream)
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return FromBytes(bytes, origin);
        }
    }

    /// <summary>Data held in memory (tests, tools): copied once into a pinned array.</summary>
    public static CorpusData FromBytes(ReadOnlySpan<byte> bytes, string origin)
    {
        byte[] pinned = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned);
        return new CorpusData((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)), pinned.Length, pinned, origin);
    }

    public int EntityRecord(int index) => Record(EntityTable, index, EntityCount);

    public int ArticleRecord(int index) => Record(ArticleTable, index, ArticleCount);

    public DataReader Reader(int position) => new(Span, position);

    private int Record(int table, int index, int count)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return (int)DataReader.UInt32At(Span, table + (index * CorpusDataFormat.OffsetSize));
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
