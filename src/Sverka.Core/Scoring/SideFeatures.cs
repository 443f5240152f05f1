namespace Sverka.Core.Scoring;

/// <summary>How a sentence ends; a question answers a question.</summary>
public enum SentenceEnding : byte
{
    /// <summary>No terminator (a heading, a list item).</summary>
    None,
    /// <summary>A full stop or an ellipsis.</summary>
    Statement,
    /// <summary>A question mark.</summary>
    Question,
    /// <summary>An exclamation mark.</summary>
    Exclamation,
}

/// <summary>
/// Everything scoring needs to know about the sentences of one side, computed once per sentence and kept in flat
/// arrays (ranges into shared id arrays) so that the dynamic programme reads only arrays.
/// </summary>
public sealed class SideFeatures
{
    internal SideFeatures(int count)
    {
        Count = count;
        LengthPrefix = new long[count + 1];
        KnownPrefix = new float[count + 1];
        NumberPrefix = new float[count + 1];
        NamePrefix = new float[count + 1];
        Ending = new SentenceEnding[count];
        OpensQuotation = new bool[count];
        Paragraph = new int[count];
        OwnIdStart = new int[count + 1];
        NumberStart = new int[count + 1];
        NameStart = new int[count + 1];
        OwnIds = [];
        Numbers = [];
        Names = [];
    }

    /// <summary>How many sentences.</summary>
    public int Count { get; }

    /// <summary>Prefix sums of sentence lengths in characters, spaces not counted; Count + 1 entries.</summary>
    public long[] LengthPrefix { get; }

    /// <summary>Prefix sums of the weights of the words the lexicon knows (function words not counted).</summary>
    public float[] KnownPrefix { get; }

    /// <summary>Prefix sums of the weights of the number, date and percent anchors.</summary>
    public float[] NumberPrefix { get; }

    /// <summary>Prefix sums of the weights of the name and cognate skeletons.</summary>
    public float[] NamePrefix { get; }

    /// <summary>How each sentence ends.</summary>
    public SentenceEnding[] Ending { get; }

    /// <summary>
    /// Per sentence, whether it opens with a quotation (speech, not a quoted name followed by more text): translators
    /// keep who speaks where, so a sentence that opens a quotation pairs with one that does.
    /// </summary>
    public bool[] OpensQuotation { get; }

    /// <summary>The share of sentences that open with a quotation.</summary>
    public double QuotationShare
    {
        get
        {
            var opening = 0;
            foreach (var opens in OpensQuotation)
            {
                if (opens)
                    opening++;
            }
            return Count == 0 ? 0 : (double)opening / Count;
        }
    }

    /// <summary>The paragraph of each sentence.</summary>
    public int[] Paragraph { get; }

    /// <summary>Start of each sentence's range in <see cref="OwnIds"/>.</summary>
    public int[] OwnIdStart { get; }

    /// <summary>Lexicon ids of the sentence's own known words, one per occurrence.</summary>
    public int[] OwnIds { get; internal set; }

    /// <summary>
    /// The weight of each entry of <see cref="OwnIds"/>: how rare the word is in its document (1 for a word in one
    /// sentence, towards 0 for one in every sentence), so that a document's topic words, repeated in sentence
    /// after sentence, do not glue neighbouring sentences together.
    /// </summary>
    public float[] OwnWeights { get; internal set; } = [];

    /// <summary>The weight of each entry of <see cref="Numbers"/>, as for <see cref="OwnWeights"/>.</summary>
    public float[] NumberWeights { get; internal set; } = [];

    /// <summary>The weight of each entry of <see cref="Names"/>, as for <see cref="OwnWeights"/>.</summary>
    public float[] NameWeights { get; internal set; } = [];

    /// <summary>
    /// The lexicon as this side reads it, for the other side's ids that translate each of <see cref="OwnIds"/>.
    /// They are looked up there when needed rather than gathered per sentence: a long document's sentences held
    /// tens of millions of them, and gathering them was most of feature extraction.
    /// </summary>
    internal LexiconSide Lexicon { get; set; }

    /// <summary>Start of each sentence's range in <see cref="Numbers"/>.</summary>
    public int[] NumberStart { get; }

    /// <summary>Anchor key ids of numbers, dates, months and percentages, each once per sentence.</summary>
    public int[] Numbers { get; internal set; }

    /// <summary>Start of each sentence's range in <see cref="Names"/>.</summary>
    public int[] NameStart { get; }

    /// <summary>Skeleton key ids of names and long words (cognates), each once per sentence.</summary>
    public int[] Names { get; internal set; }

    /// <summary>Rewrites the number and name key ids through <paramref name="map"/> (old id to new id, one to one).</summary>
    internal void RenumberKeys(int[] map)
    {
        for (var k = 0; k < Numbers.Length; k++)
            Numbers[k] = map[Numbers[k]];
        for (var k = 0; k < Names.Length; k++)
            Names[k] = map[Names[k]];
    }

    /// <summary>Total length of sentences [first, first + count).</summary>
    public long Length(int first, int count) => LengthPrefix[first + count] - LengthPrefix[first];

    /// <summary>Total length of all sentences.</summary>
    public long TotalLength => LengthPrefix[Count];
}
