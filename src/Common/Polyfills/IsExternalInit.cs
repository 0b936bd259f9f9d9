// netstandard2.0 lacks the marker type that `init` accessors and records need; linked into each netstandard2.0 project.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
