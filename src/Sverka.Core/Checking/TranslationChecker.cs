using System.Runtime.ExceptionServices;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

/// <summary>
/// Runs the translation checks over an aligned bitext, as a stage after alignment: the bitext is read once into
/// a <see cref="CheckContext"/>, every check runs over it, and the findings come back ordered by bead (then by
/// kind, in the order of <see cref="FindingKind"/>). Immutable and thread-safe.
/// </summary>
public sealed class TranslationChecker
{
    private readonly ICheck[] _checks;

    /// <summary>A checker with every check and the default thresholds.</summary>
    public TranslationChecker()
        : this(new CheckOptions(), null)
    {
    }

    /// <summary>A checker with the given thresholds and checks (all of them when null).</summary>
    public TranslationChecker(CheckOptions options, IEnumerable<ICheck>? checks)
    {
        Options = options;
        _checks = checks is null ? [.. AllChecks()] : [.. checks];
    }

    /// <summary>The thresholds.</summary>
    public CheckOptions Options { get; }

    /// <summary>A new instance of every check Sverka has.</summary>
    public static IReadOnlyList<ICheck> AllChecks() =>
    [
        new OmissionCheck(),
        new AdditionCheck(),
        new NumberCheck(),
        new NameCheck(),
        new UntranslatedCheck(),
        new LowConfidenceCheck(),
    ];

    /// <summary>Checks a bitext.</summary>
    /// <param name="result">The aligned bitext.</param>
    /// <param name="lexicon">The lexicon from the source's language to the target's, or null.</param>
    public IReadOnlyList<Finding> Check(AlignmentResult result, Lexicon? lexicon) => Check(result, lexicon, null, null);

    /// <summary>Checks a bitext whose pair of languages may have no lexicon of its own.</summary>
    /// <param name="result">The aligned bitext.</param>
    /// <param name="lexicon">The lexicon from the source's language to the target's, or null.</param>
    /// <param name="sourceVocabulary">
    /// With no <paramref name="lexicon"/>, a lexicon from the source's language to any other, read only for which
    /// words the language has; or null.
    /// </param>
    /// <param name="targetVocabulary">The same for the target's language.</param>
    public IReadOnlyList<Finding> Check(AlignmentResult result, Lexicon? lexicon, Lexicon? sourceVocabulary, Lexicon? targetVocabulary)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = new CheckContext(result, lexicon, Options, sourceVocabulary, targetVocabulary);
        // The checks only read the context, so they run side by side; each one's findings are kept in its own slot
        // and joined in the checks' order, so that the result does not depend on which finished first.
        var byCheck = new List<Finding>[_checks.Length];
        try
        {
            Parallel.For(0, _checks.Length, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism },
                k => byCheck[k] = [.. _checks[k].Run(context)]);
        }
        catch (AggregateException error) when (error.InnerExceptions.Count == 1)
        {
            // Callers see what the check threw, as they would from a loop.
            ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
        }
        var findings = new List<Finding>();
        foreach (var found in byCheck)
            findings.AddRange(found);
        if (Array.Exists(_checks, check => check.Kind == FindingKind.Omission))
            findings.AddRange(CorroboratedBalance.Omissions(context, findings));
        if (Array.Exists(_checks, check => check.Kind == FindingKind.Addition))
            findings.AddRange(CorroboratedBalance.Additions(context, findings));
        // A stable sort: findings of one bead and kind keep the order their check gave them.
        return [.. findings.OrderBy(f => f.BeadIndex).ThenBy(f => f.Kind)];
    }
}
