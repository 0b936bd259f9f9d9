using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// A minimal PNG reader for screenshots: checks the signature and the chunk CRCs' framing,
/// and decodes 8-bit RGB or RGBA, non-interlaced (what Chromium writes), so that tests can
/// ask which colours the rendered page shows.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        if (data.Length < 8 || !data.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException(path + " is not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        bool ended = false;
        for (int at = 8; at + 12 <= data.Length && !ended;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            ReadOnlySpan<byte> body = data.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    byte depth = body[8], colour = body[9], interlace = body[12];
                    if (depth != 8 || interlace != 0 || colour is not (2 or 6))
                    {
                        throw new InvalidDataException("only 8-bit, non-interlaced RGB or RGBA PNGs are read here");
                    }

                    channels = colour == 2 ? 3 : 4;
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
                case "IEND":
                    ended = true;
                    break;
            }

            at += 12 + length;
        }

        if (!ended || width == 0)
        {
            throw new InvalidDataException(path + " is truncated");
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        int stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        inflate.ReadExactly(raw);
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                int value = raw[y * (stride + 1) + 1 + x];
                pixels[y * stride + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException("unknown PNG filter " + filter),
                });
            }
        }

        return new PngImage(width, height, channels, pixels);
    }

    /// <summary>How many pixels have exactly this colour (#rrggbb).</summary>
    public int Count(string hex)
    {
        byte r = Convert.ToByte(hex.Substring(1, 2), 16), g = Convert.ToByte(hex.Substring(3, 2), 16), b = Convert.ToByte(hex.Substring(5, 2), 16);
        int count = 0;
        for (int i = 0; i < _pixels.Length; i += _channels)
        {
            if (_pixels[i] == r && _pixels[i + 1] == g && _pixels[i + 2] == b)
            {
                count++;
            }
        }

        return count;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
