using System.Globalization;

namespace Sverka.Core.Checking;

/// <summary>
/// Reports beads the aligner is unsure of (confidence below <see cref="CheckOptions.LowConfidence"/>): the pairing
/// itself may be wrong, so the other checks' verdicts on them are worth a person's look too.
/// </summary>
public sealed class LowConfidenceCheck : ICheck
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.LowConfidence;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var beads = context.Beads;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.Confidence >= context.Options.LowConfidence)
                continue;
            // An unpaired bead's confidence says how sure the aligner is that nothing on the other side matches it,
            // so "belong together" would misstate it.
            var doubt = (bead.SourceCount, bead.TargetCount) switch
            {
                (_, 0) => $"this sentence of {context.SourceName} may have a counterpart in {context.TargetName} beside it after all",
                (0, _) => $"this sentence of {context.TargetName} may have a counterpart in {context.SourceName} beside it after all",
                _ => "these sentences may not belong together",
            };
            var message = string.Create(CultureInfo.InvariantCulture, $"the aligner is unsure: {doubt} (confidence {bead.Confidence:0.00})");
            findings.Add(new Finding(Kind, FindingSeverity.Info, k, context.SourceSpans(bead), context.TargetSpans(bead), message));
        }
        return findings;
    }
}
