namespace Sverka.Core.Checking;

/// <summary>
/// Source text the translation leaves out: a source sentence with no counterpart (an error), a sentence of a
/// merged bead that the translation accounts for none of (an error), and a pair whose target is far shorter than
/// the document's own length ratio predicts while a run of source words has no translation in it (a warning).
/// </summary>
public sealed class OmissionCheck : ICheck
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Omission;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ContentBalance.Run(context, Kind);
    }
}
