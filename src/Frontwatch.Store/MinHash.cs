using System.Buffers.Binary;
using System.Numerics;

namespace Frontwatch.Store;

/// <summary>
/// MinHash of a text's word 3-shingles: the share of equal values in two signatures estimates the Jaccard
/// similarity of their shingle sets, and four band hashes (three values each) find candidates by index.
/// </summary>
/// <remarks>
/// Chosen over a 64-bit SimHash: SimHash tracks cosine similarity, and a wire story republished with a byline and
/// its last paragraph cut (Jaccard ≈ 0.9) already differs in ≈ 11 of 64 bits — beyond the ≤ 3 bits that four
/// 16-bit bands can find. With 4 bands of 3 values, a pair at Jaccard J becomes a candidate with probability
/// 1 − (1 − J³)⁴: 0.995 at J = 0.9, 0.94 at 0.8, 0.62 at 0.6, 0.0005 at 0.05 (two different stories).
/// </remarks>
public static class MinHash
{
    /// <summary>Values in a signature.</summary>
    public const int Size = 64;

    /// <summary>Band columns of a signature; each is an index the store looks candidates up in.</summary>
    public const int Bands = 4;

    /// <summary>Signature values hashed into one band.</summary>
    public const int BandWidth = 3;

    /// <summary>
    /// Two reports whose estimated shingle Jaccard similarity is at least this are one syndicated story: a byline,
    /// a new headline and a cut paragraph stay near 0.9; different stories on the same town share under 0.1.
    /// </summary>
    public const double NearDuplicateSimilarity = 0.6;

    // Odd multipliers and offsets of the 64 hash functions h_k(x) = high 32 bits of (a_k·x + b_k), fixed forever:
    // changing them would make every stored signature incomparable with new ones.
    private static readonly ulong[] Multipliers = new ulong[Size], Offsets = new ulong[Size];

    static MinHash()
    {
        // SplitMix64 from a fixed seed.
        ulong state = 0x5eed_f00d_cafe_b0a7UL;
        for (int k = 0; k < Size; k++)
        {
            Multipliers[k] = Mix(state += 0x9e3779b97f4a7c15UL) | 1;
            Offsets[k] = Mix(state += 0x9e3779b97f4a7c15UL);
        }
    }

    /// <summary>The signature of a text; words are runs of letters and digits, compared case-insensitively.</summary>
    public static uint[] Signature(ReadOnlySpan<char> text)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        ulong w1 = 0, w2 = 0;
        int words = 0, i = 0;
        while (NextWord(text, ref i) is { Length: > 0 } word)
        {
            ulong w = WordHash(word);
            if (++words >= 3) Add(signature, Shingle(w1, w2, w));
            w1 = w2;
            w2 = w;
        }
        // A text of one or two words is its own single shingle.
        if (words is 1 or 2) Add(signature, Shingle(0, w1, w2));
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the texts behind two signatures, 0–1.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != Size || b.Length != Size) throw new ArgumentException($"a signature has {Size} values");
        int equal = 0;
        for (int k = 0; k < Size; k++)
            if (a[k] == b[k]) equal++;
        return (double)equal / Size;
    }

    /// <summary>The estimated Jaccard similarity of a signature and one stored as <see cref="ToBytes"/> gives it, 0–1.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != Size || b.Length != Size * sizeof(uint)) throw new ArgumentException($"a signature has {Size} values");
        int equal = 0;
        for (int k = 0; k < Size; k++)
            if (a[k] == BinaryPrimitives.ReadUInt32LittleEndian(b[(k * sizeof(uint))..])) equal++;
        return (double)equal / Size;
    }

    /// <summary>Band <paramref name="band"/> (0–3) of a signature: a hash of its values [3·band, 3·band + 3).</summary>
    public static int Band(ReadOnlySpan<uint> signature, int band)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(band);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(band, Bands);
        ulong h = (ulong)band;
        foreach (uint v in signature.Slice(band * BandWidth, BandWidth)) h = Mix(h * 31 + v);
        return (int)h;
    }

    /// <summary>The signature as bytes for a BLOB/bytea column (little-endian).</summary>
    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (int k = 0; k < signature.Length; k++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), signature[k]);
        return bytes;
    }

    /// <summary>A signature read back from <see cref="ToBytes"/>.</summary>
    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (int k = 0; k < signature.Length; k++) signature[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(k * 4)..]);
        return signature;
    }

    private static void Add(Span<uint> signature, ulong shingle)
    {
        ReadOnlySpan<ulong> a = Multipliers, b = Offsets;
        for (int k = 0; k < signature.Length; k++)
            signature[k] = Math.Min(signature[k], (uint)((a[k] * shingle + b[k]) >> 32));
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        int start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return text[start..i];
    }

    // FNV-1a over the lower-cased characters.
    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            h ^= char.ToLowerInvariant(c);
            h *= 1099511628211UL;
        }
        return h;
    }

    // The rotations keep word order significant; the finaliser spreads every input bit over all 64 output bits.
    private static ulong Shingle(ulong a, ulong b, ulong c) => Mix(a ^ BitOperations.RotateLeft(b, 21) ^ BitOperations.RotateLeft(c, 42));

    // MurmurHash3's 64-bit finaliser (fmix64).
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
