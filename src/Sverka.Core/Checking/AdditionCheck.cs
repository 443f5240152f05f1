namespace Sverka.Core.Checking;

/// <summary>
/// Target text with no source: the mirror of <see cref="OmissionCheck"/>. A target sentence with no counterpart
/// (a warning: translators add explanations), a sentence of a merged bead that the source accounts for none of,
/// and a pair whose target is far longer than the document's ratio predicts while a run of its words has no
/// translation in the source.
/// </summary>
public sealed class AdditionCheck : ICheck
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Addition;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ContentBalance.Run(context, Kind);
    }
}
