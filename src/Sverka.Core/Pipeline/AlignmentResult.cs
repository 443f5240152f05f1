using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Text;

namespace Sverka.Core.Pipeline;

/// <summary>What aligning a bitext produced: both sides, their beads, and, for one mixed file, where it was split.</summary>
public sealed class AlignmentResult
{
    /// <summary>Creates a result.</summary>
    public AlignmentResult(Document source, Document target, SentenceAlignment alignment, BilingualSplit? split)
    {
        Source = source;
        Target = target;
        Alignment = alignment;
        Split = split;
    }

    /// <summary>The source side (the first file, or the first version in a mixed file).</summary>
    public Document Source { get; }

    /// <summary>The target side.</summary>
    public Document Target { get; }

    /// <summary>The beads.</summary>
    public SentenceAlignment Alignment { get; }

    /// <summary>Where a single file holding both versions was split, or null for two files.</summary>
    public BilingualSplit? Split { get; }

    /// <summary>
    /// The text of the source sentences of a bead, joined with one space, each on one line: a break of a wrapped
    /// line and its indentation are one space (<see cref="WrappedLines"/>).
    /// </summary>
    public string SourceText(Bead bead) => Join(Source, bead.Source, bead.SourceCount);

    /// <summary>The text of the target sentences of a bead, as <see cref="SourceText"/>.</summary>
    public string TargetText(Bead bead) => Join(Target, bead.Target, bead.TargetCount);

    private static string Join(Document document, int first, int count)
    {
        if (count == 1)
            return WrappedLines.Unwrap(document.SentenceSpan(first));
        var builder = new System.Text.StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            if (builder.Length > 0)
                builder.Append(' ');
            WrappedLines.AppendUnwrapped(builder, document.SentenceSpan(i));
        }
        return builder.ToString();
    }
}
