using System;
using System.Globalization;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits a dispatch over <c>0…count-1</c> as switch expressions of at most <see cref="MaxArms"/>
/// arms each (and a discard): one switch when the count allows, else a switch over blocks of
/// <see cref="MaxArms"/> whose arms call one method per block. Roslyn's cost for one switch grows
/// much faster than its arm count (the issue measured 10,923 arms at 23 s and 3.2 GB).
/// </summary>
internal static class BoundedSwitch
{
    public const int MaxArms = 64;

    /// <param name="w">Where to write.</param>
    /// <param name="modifiers">The method's modifiers, such as <c>internal static</c>.</param>
    /// <param name="returnType">Its return type.</param>
    /// <param name="name">Its name; the per-block methods are named after it, with the block number.</param>
    /// <param name="parameters">Its parameter list, such as <c>CorpusCatalog catalog, int slot</c>.</param>
    /// <param name="key">The parameter switched on.</param>
    /// <param name="arguments">The arguments a block method is called with.</param>
    /// <param name="count">How many values there are.</param>
    /// <param name="arm">The expression for a value.</param>
    public static void Emit(SourceWriter w, string modifiers, string returnType, string name, string parameters, string key, string arguments, int count, Func<int, string> arm)
    {
        string signature = returnType + " " + name;
        if (count <= MaxArms)
        {
            Arms(w, modifiers + " " + signature + "(" + parameters + ") => " + key + " switch", key, 0, count, arm);
            return;
        }

        int blocks = (count + MaxArms - 1) / MaxArms;
        Arms(w, modifiers + " " + signature + "(" + parameters + ") => (" + key + " / " + MaxArms.ToString(CultureInfo.InvariantCulture) + ") switch", key, 0, blocks,
            block => name + block.ToString(CultureInfo.InvariantCulture) + "(" + arguments + ")");
        for (int block = 0; block < blocks; block++)
        {
            w.Line();
            int start = block * MaxArms;
            Arms(w, "private static " + signature + block.ToString(CultureInfo.InvariantCulture) + "(" + parameters + ") => " + key + " switch", key, start, Math.Min(count, start + MaxArms), arm);
        }
    }

    private static void Arms(SourceWriter w, string header, string key, int start, int end, Func<int, string> arm)
    {
        w.Open(header);
        for (int i = start; i < end; i++)
        {
            w.Line(i.ToString(CultureInfo.InvariantCulture) + " => " + arm(i) + ",");
        }

        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(" + key + ")),");
        w.Close(";");
    }
}
