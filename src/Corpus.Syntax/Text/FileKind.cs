namespace Corpus.Syntax.Text;

/// <summary>What a directory entry is, as far as reading it is concerned.</summary>
public enum FileKind
{
    /// <summary>A regular file, or one whose kind could not be told (its readers report what is wrong with it).</summary>
    Regular,

    /// <summary>A FIFO (named pipe): reading it waits for a writer, forever if none comes.</summary>
    Fifo,

    /// <summary>A Unix domain socket: it cannot be opened as a file.</summary>
    Socket,

    /// <summary>A character device (/dev/zero, a terminal): reading it may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk): reading it reads the disk.</summary>
    BlockDevice,
}
