using Sverka.Core.Alignment;

namespace Sverka.Core.Checking;

/// <summary>
/// Translations a document teaches of its own words. A general dictionary lists the senses of everyday prose, and
/// a manual or a report renders its terms in senses no dictionary of the language lists: "bug" as "ошибка" (the
/// dictionary has "клоп", "жук"), "maintainer" as "сопровождающий". Such a term comes back sentence after sentence,
/// and each time both it and its rendering are left without a counterpart, so that every sentence that has them
/// looks partly untranslated. Over the document's 1-1 beads, a pair of words the lexicon knows that are left
/// uncovered together, in several beads and in most of the beads either appears in, is taken as a translation for
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

    /// <summary>The stem pairs (source id, target id) the document's 1-1 beads teach, none of them in the lexicon.</summary>
    public static List<(int Source, int Target)> Learn(SideAnalysis source, SideAnalysis target, ReadOnlySpan<Bead> beads)
    {
        var taught = new List<(int, int)>();
        if (!source.Lexicon.IsPresent)
            return taught;
        var together = new Dictionary<(int Source, int Target), int>();
        var sourceBeads = new Dictionary<int, int>();
        var targetBeads = new Dictionary<int, int>();
        var sourceLeft = new HashSet<int>();
        var targetLeft = new HashSet<int>();
        foreach (var bead in beads)
        {
            if (bead.SourceCount != 1 || bead.TargetCount != 1
                    || target[bead.Target].IsWrittenIn(source.Script) && source.Script != target.Script)
                continue;
            Tally(BeadCoverage.Measure(source, bead.Source, 1, target, bead.Target, 1), sourceBeads, sourceLeft);
            Tally(BeadCoverage.Measure(target, bead.Target, 1, source, bead.Source, 1), targetBeads, targetLeft);
            foreach (var s in sourceLeft)
            {
                foreach (var t in targetLeft)
                {
                    together.TryGetValue((s, t), out var count);
                    together[(s, t)] = count + 1;
                }
            }
        }

        // Each word's strongest partner by beads together, then by Dice: a pair is kept when it is the strongest of
        // either of its words, so a term rendered by two words ("upstream", "основной ветки") keeps both.
        var bestOfSource = new Dictionary<int, (int Partner, int Count, double Dice)>();
        var bestOfTarget = new Dictionary<int, (int Partner, int Count, double Dice)>();
        foreach (var ((s, t), count) in together)
        {
            if (count < MinBeads)
                continue;
            var dice = 2.0 * count / (sourceBeads[s] + targetBeads[t]);
            if (dice < MinDice)
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

    /// <summary>Counts the bead for each distinct stem its counted words have, and gathers those left uncovered.</summary>
    private static void Tally(BeadCoverage coverage, Dictionary<int, int> beadsWith, HashSet<int> left)
    {
        left.Clear();
        var seen = new HashSet<int>();
        foreach (var word in coverage.Words)
        {
            var id = word.Word.LexiconId;
            if (id < 0 || word.Word.CapitalisedInProse)
                continue;
            if (seen.Add(id))
            {
                beadsWith.TryGetValue(id, out var count);
                beadsWith[id] = count + 1;
            }
            if (!word.Covered)
                left.Add(id);
        }
        // A stem with one form covered and another not is translated in this bead.
        foreach (var word in coverage.Words)
        {
            if (word.Covered)
                left.Remove(word.Word.LexiconId);
        }
    }

    private static void Keep(Dictionary<int, (int Partner, int Count, double Dice)> best, int word, int partner, int count, double dice)
    {
        if (!best.TryGetValue(word, out var known) || count > known.Count || (count == known.Count && (dice > known.Dice || (dice == known.Dice && partner < known.Partner))))
            best[word] = (partner, count, dice);
    }
}
