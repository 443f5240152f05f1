using System.Buffers;

namespace Sverka.Core.Buffers;

/// <summary>
/// Arrays laid out like a band of the lattice. Small ones are rented from the shared pool, so a corpus of short
/// documents allocates nothing per document. Large ones are allocated at their exact size and left to the
/// collector: the pool rounds a request up to a power of two and keeps what is returned, so a long document's
/// tables of a few hundred megabytes stayed resident twice over, once per size the passes asked for.
/// </summary>
internal static class LatticeArrays
{
    // Above this many elements an array is allocated, not rented.
    /// <summary>Arrays up to this length are pooled; longer ones are allocated exactly and left to the collector.</summary>
    public const int MaxPooledLength = 1 << 20;

    public static T[] Rent<T>(int length) =>
        length <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);

    public static void Return<T>(T[] array)
    {
        if (array.Length <= MaxPooledLength)
            ArrayPool<T>.Shared.Return(array);
    }
}
