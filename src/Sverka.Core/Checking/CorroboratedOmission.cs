using System.Globalization;
using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// A clause left untranslated that neither its length nor its words show alone, but the two checks that read names
/// and figures do: a pair whose target is clearly shorter than the document's ratio predicts (or no longer, where it
/// loses two names apart), and that loses a name or a figure the source has, with nothing put in its place that the
/// source lacks (a name it has elsewhere may stand there). A name is dropped for a pronoun and a figure for
/// "several" as a matter of course, and a loose translation is often short, so neither alone is an omission; a
/// clause cut out takes its words, its names and its figures with it, and leaves both. Runs after the checks,
/// over their findings.
/// </summary>
internal static class CorroboratedOmission
{
    // How much shorter than the document's ratio predicts the target must be (a natural log: about 20%). On the
    // defect bench's untouched NTREX pairs, one pair whose name or figure the checks report lost falls below it
    // (a loose rendering of a headline's "Yuan"); of the cut clauses the omission check missed, 5 of 49 do.
    private const double MaxDeviation = -0.3;

    // Two names lost from one pair, with words between them ("Erdogan then headed for Cologne"), are a clause's
    // worth of the source however long the translator made the rest: a translator puts a pronoun for one name, not
    // for two in one sentence. The target need then only be no longer than the ratio predicts. On the defect bench
    // this finds 2 more cut clauses (seed 7: 2, and 1 more lost sentence; running text: 2), with the untouched
    // pairs as quiet in either direction. Counting any two lost names, side by side too, also took a title rendered
    // as words for a lost clause (see NamesApart).
    private const double MaxDeviationForNames = 0;
    private const int NamesOfAClause = 2;

    // A name dropped alone leaves a run of one or two uncovered words, itself; a clause cut out leaves more.
    private const int MinGapWords = 3;

    /// <summary>The omissions the findings of the other checks show together, one per bead at most.</summary>
    public static List<Finding> Find(CheckContext context, IReadOnlyList<Finding> findings)
    {
        var omitted = new HashSet<int>();
        foreach (var finding in findings)
        {
            if (finding.Kind == FindingKind.Omission)
                omitted.Add(finding.BeadIndex);
        }
        var found = new List<Finding>();
        var beads = context.Beads;
        foreach (var finding in findings)
        {
            if (!finding.TargetLacks || finding.Kind is not (FindingKind.Name or FindingKind.Number) || !omitted.Add(finding.BeadIndex))
                continue;
            var bead = beads[finding.BeadIndex];
            var sourceLength = CheckContext.Length(context.Source, bead.Source, bead.SourceCount);
            var targetLength = CheckContext.Length(context.Target, bead.Target, bead.TargetCount);
            if (sourceLength == 0 || targetLength == 0)
                continue;
            var deviation = Math.Log(targetLength / (context.LengthRatio * sourceLength));
            var bar = finding.Kind == FindingKind.Name && NamesApart(context.Source, bead, finding.SourceSpans) >= NamesOfAClause
                ? MaxDeviationForNames
                : MaxDeviation;
            if (deviation > bar
                || BeadCoverage.Measure(context.Source, bead.Source, bead.SourceCount, context.Target, bead.Target, bead.TargetCount).GapWords < MinGapWords)
            {
                omitted.Remove(finding.BeadIndex);
                continue;
            }
            var lost = string.Join(", ", finding.SourceSpans.Select(span => context.Source.Document.Text.Substring(span.Start, span.Length)).Distinct());
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{context.TargetName} is {(1 - Math.Exp(deviation)) * 100:0}% shorter than this document's translations usually are and has nothing for {lost}");
            found.Add(new Finding(FindingKind.Omission, FindingSeverity.Warning, finding.BeadIndex, finding.SourceSpans, finding.TargetSpans, message));
        }
        return found;
    }

    /// <summary>
    /// How many of the lost names stand apart, a content word in lower case between each and the next: the parts of
    /// one title ("the Headmasters' and Headmistresses' Conference") are one name, which a translator may render as
    /// words ("директоров школ").
    /// </summary>
    private static int NamesApart(SideAnalysis side, Bead bead, IReadOnlyList<TextSpan> spans)
    {
        var count = 0;
        var wordBetween = false;
        for (var sentence = bead.Source; sentence < bead.Source + bead.SourceCount; sentence++)
        {
            foreach (var word in side[sentence].Words)
            {
                if (IsIn(word.Span.Start, spans))
                {
                    if (count == 0 || wordBetween)
                        count++;
                    wordBetween = false;
                }
                else if (word.Role == WordRole.Content && !word.Capitalised)
                    wordBetween = true;
            }
        }
        return count;
    }

    private static bool IsIn(int position, IReadOnlyList<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (position >= span.Start && position < span.End)
                return true;
        }
        return false;
    }
}
