using System.Runtime.InteropServices;
using Sverka.Core.Alignment;

namespace Sverka.Core.Checking;

/// <summary>
/// Translations a document teaches of its own words. A general dictionary lists the senses of everyday prose, and
/// a manual or a report renders its terms in senses no dictionary of the language lists: "bug" as "ошибка" (the
/// dictionary has "клоп", "жук"), "maintainer" as "сопровождающий". Such a term comes back sentence after sentence,
/// and each time both it and its rendering are left without a counterpart, so that every sentence that has them
/// looks partly untranslated. Over the document's 1-1 beads, a pair of words the lexicon knows that are left
/// uncovered together, in several beads and in at least half the beads either appears in, is taken as a translation for
/// this document (as hunalign builds a dictionary from a first alignment, by co-occurrence). Only words the lexicon
/// knows are paired, so a term is learned between stems it already has ids for; names are not, since they are
/// matched by their sound.
/// </summary>
internal static class DocumentTerms
{
    // A pair must be left uncovered together in at least this many beads. With three, NTREX's 123 news stories of
    // some sixteen sentences taught 77 pairs, many of them two words of one topic ("running", "опрос"; "rogue",
    // "научить"); with five, 13 ("rain", "ливни"; "brand", "марку"), while Debian's manuals still learn their terms
    // ("bugs", "ошибками"; "directory", "каталога"; "source", "исходным").
    private const int MinBeads = 5;

    // And in at least this share of the beads either word appears in (the Dice coefficient): a term and its
    // rendering come and go together, where two words that are merely common in the document do not.
    private const double MinDice = 0.5;

    // Or, counted over the beads that leave either word uncovered, in at least this share of them, with a G² of at
    // least this (IsSignificantWhereLeft). A story of twenty sentences cannot reach it: five beads of five out of
    // twenty give 22; in Debian's Installation Guide, 2,700 1-1 beads, "use"/"использовать" gives 420 and
    // "select"/"выбрать" 366.
    private const double MinDiceWhereLeft = 0.5;
    private const double MinLogLikelihoodRatio = 30;

    /// <summary>The stem pairs (source id, target id) the document's 1-1 beads teach, none of them in the lexicon.</summary>
    public static List<(int Source, int Target)> Learn(SideAnalysis source, SideAnalysis target, ReadOnlySpan<Bead> beads)
    {
        var taught = new List<(int, int)>();
        if (!source.Lexicon.IsPresent)
            return taught;
        var scriptsDiffer = source.Script != target.Script;
        var sourceSide = new SideTally();
        var targetSide = new SideTally();
        foreach (var bead in beads)
        {
            // A sentence left in the original's script is untranslated, and teaches nothing.
            if (bead.SourceCount != 1 || bead.TargetCount != 1 || (scriptsDiffer && target[bead.Target].IsWrittenIn(source.Script)))
                continue;
            sourceSide.Add(BeadCoverage.Measure(source, bead.Source, 1, target, bead.Target, 1));
            targetSide.Add(BeadCoverage.Measure(target, bead.Target, 1, source, bead.Source, 1));
        }

        // Only stems left uncovered in enough beads can pair, and most are left so once or twice: pairing those alone
        // keeps the count of pairs near the document's terms, not the square of its vocabulary.
        var together = new Dictionary<(int Source, int Target), int>();
        for (var b = 0; b < sourceSide.BeadCount; b++)
        {
            foreach (var s in sourceSide.LeftIn(b))
            {
                if (sourceSide.TimesLeft(s) < MinBeads)
                    continue;
                foreach (var t in targetSide.LeftIn(b))
                {
                    if (targetSide.TimesLeft(t) < MinBeads)
                        continue;
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(together, (s, t), out _);
                    count++;
                }
            }
        }

        // Each word's strongest partner by beads together, then by Dice: a pair is kept when it is the strongest of
        // either of its words, so a term rendered by two words ("source", "исходным кодом") keeps both.
        var bestOfSource = new Dictionary<int, (int Partner, int Count, double Dice)>();
        var bestOfTarget = new Dictionary<int, (int Partner, int Count, double Dice)>();
        foreach (var ((s, t), count) in together)
        {
            if (count < MinBeads)
                continue;
            var dice = 2.0 * count / (sourceSide.BeadsWith(s) + targetSide.BeadsWith(t));
            if (dice < MinDice && !IsSignificantWhereLeft(count, sourceSide.TimesLeft(s), targetSide.TimesLeft(t), sourceSide.BeadCount))
                continue;
            Keep(bestOfSource, s, t, count, dice);
            Keep(bestOfTarget, t, s, count, dice);
        }
        foreach (var (s, best) in bestOfSource)
            taught.Add((s, best.Partner));
        foreach (var (t, best) in bestOfTarget)
        {
            if (bestOfSource.TryGetValue(best.Partner, out var other) && other.Partner == t)
                continue;
            taught.Add((best.Partner, t));
        }
        // Dictionaries enumerate in an order of their own making: sorted, the pairs do not depend on it.
        taught.Sort();
        return taught;
    }

    /// <summary>One side's stems over the beads measured: in how many beads each is, and which each bead left uncovered.</summary>
    private sealed class SideTally
    {
        private readonly Dictionary<int, (int With, int Left)> _beads = [];
        private readonly List<int> _left = [];
        private readonly List<int> _leftStart = [0];
        private readonly HashSet<int> _seen = [];
        private readonly HashSet<int> _covered = [];

        public int BeadCount => _leftStart.Count - 1;

        public int BeadsWith(int id) => _beads[id].With;

        public int TimesLeft(int id) => _beads[id].Left;

        public ReadOnlySpan<int> LeftIn(int bead) =>
            CollectionsMarshal.AsSpan(_left).Slice(_leftStart[bead], _leftStart[bead + 1] - _leftStart[bead]);

        /// <summary>Counts a bead for each distinct stem its counted words have; a stem is left uncovered when none of its forms is covered.</summary>
        public void Add(BeadCoverage coverage)
        {
            _seen.Clear();
            _covered.Clear();
            foreach (var word in coverage.Words)
            {
                if (word.Covered)
                    _covered.Add(word.Word.LexiconId);
            }
            foreach (var word in coverage.Words)
            {
                var id = word.Word.LexiconId;
                if (id < 0 || word.Word.CapitalisedInProse || !_seen.Add(id))
                    continue;
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_beads, id, out _);
                counts.With++;
                if (_covered.Contains(id))
                    continue;
                counts.Left++;
                _left.Add(id);
            }
            _leftStart.Add(_left.Count);
        }
    }

    /// <summary>
    /// Whether two words left uncovered together in <paramref name="together"/> beads pair beyond chance over the
    /// beads where each is left uncovered at all: in at least half of those (Dice over the beads left), and with a
    /// log-likelihood ratio (Dunning's G², over the 2×2 table of beads that leave either, both or neither) that
    /// chance would reach less than once in ten million. A word with senses the dictionary has covers those beads
    /// ("use" is "употреблять" there, "использовать" nowhere), so that its Dice over every bead it is in stays low
    /// however often the sense the dictionary lacks comes back; only a long document has the beads to show that.
    /// </summary>
    private static bool IsSignificantWhereLeft(int together, int leftSource, int leftTarget, int beads)
    {
        if (2.0 * together / (leftSource + leftTarget) < MinDiceWhereLeft)
            return false;
        double n = beads, a = leftSource, b = leftTarget, k = together;
        var g2 = 2 * (Term(k, a * b / n) + Term(a - k, a * (n - b) / n) + Term(b - k, (n - a) * b / n)
            + Term(n - a - b + k, (n - a) * (n - b) / n));
        return g2 >= MinLogLikelihoodRatio;

        static double Term(double observed, double expected) => observed <= 0 ? 0 : observed * Math.Log(observed / expected);
    }

    private static void Keep(Dictionary<int, (int Partner, int Count, double Dice)> best, int word, int partner, int count, double dice)
    {
        if (!best.TryGetValue(word, out var known) || count > known.Count
                || (count == known.Count && (dice > known.Dice || (dice == known.Dice && partner < known.Partner))))
            best[word] = (partner, count, dice);
    }
}
