using Sverka.Core.Checking;
using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing.Findings;

/// <summary>The side-by-side HTML report with the findings highlighted and a filter by kind.</summary>
public sealed class HtmlFindingWriter : IFindingWriter
{
    /// <inheritdoc/>
    public void Write(AlignmentResult result, IReadOnlyList<Finding> findings, TextWriter output) =>
        HtmlReportWriter.Write(result, findings, output);
}
