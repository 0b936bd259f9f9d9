using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Corpus.Syntax.Text;

/// <summary>
/// Tells a regular file from a FIFO, a socket or a device without opening it: opening a FIFO for
/// reading blocks until a writer comes. .NET has no API for it (FileAttributes says Normal for all
/// of them), so this asks stat(2), on Unix only: Windows has no such entries in a file system.
/// </summary>
public static class FileKinds
{
    // The file type bits of a mode, as System.Native normalises them on every Unix.
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int BlockDeviceType = 0x6000;
    private const int SocketType = 0xC000;

    // Larger than System.Native's FileStatus (about 130 bytes, fields only ever appended), whose
    // first two fields, Flags and Mode, are 32-bit integers.
    private const int StatusSize = 512;
    private const int ModeOffset = 4;

    public static FileKind Of(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return FileKind.Regular;
        }

        byte[] status = new byte[StatusSize];
        try
        {
            // stat, not lstat: a symbolic link to a FIFO hangs a reader as much as the FIFO does.
            if (Stat(NullTerminatedUtf8(path), status) != 0)
            {
                return FileKind.Regular;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not the .NET runtime (Mono's MSBuild): nothing can be told, nothing is left out.
            return FileKind.Regular;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            FifoType => FileKind.Fifo,
            SocketType => FileKind.Socket,
            CharacterDeviceType => FileKind.CharacterDevice,
            BlockDeviceType => FileKind.BlockDevice,
            _ => FileKind.Regular,
        };
    }

    /// <summary>
    /// The warning for a corpus file that is not a regular file (CGBUILD03 in the build; the CLI
    /// prints the same words): it is left out, since reading it could wait or run forever.
    /// </summary>
    public static string LeftOutMessage(FileKind kind) =>
        "This corpus file is " + Describe(kind) + ", not a regular file: Corpus.Generator leaves it out of the corpus, since reading it could wait or run forever.";

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "not a regular file",
    };

    // The .NET runtime's own shim over stat(2), loaded in every .NET process on Unix (the MSBuild
    // of `dotnet build` included). Unlike libc's struct stat, its FileStatus has one layout on
    // every libc and architecture.
    // The path is passed as bytes: netstandard2.0 has no UTF-8 string marshalling, and the
    // runtime expects UTF-8 whatever the locale.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat(byte[] path, byte[] status);

    private static byte[] NullTerminatedUtf8(string path)
    {
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }
}
