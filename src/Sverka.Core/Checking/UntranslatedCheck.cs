using Sverka.Core.Languages;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Target sentences still in the source language: written in the source's script when the two languages use
/// different ones (an English sentence on the Russian side), identified as the source language, or a verbatim
/// copy of the source. Short lines (names, figures, headings of a word or two) are left alone: they are often
/// rightly the same in both versions, and so are quotations in a third language that the source keeps too.
/// </summary>
public sealed class UntranslatedCheck : ICheck
{
    // A sentence in another script counts as untranslated when this share of its letters is in the source's script.
    private const double ForeignScriptShare = 0.8;

    // Identification within one script rests on function words; below this it guesses.
    private const int MinLettersToIdentify = 40;

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Untranslated;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var source = context.Source;
        var target = context.Target;
        var scriptsDiffer = source.Script != target.Script && source.Script != Script.Other && target.Script != Script.Other;
        var languagesDiffer = !string.Equals(source.Language, target.Language, StringComparison.OrdinalIgnoreCase);
        var beads = context.Beads;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            var sourceText = Normalised(context.Result.SourceText(bead));
            for (var t = bead.Target; t < bead.TargetEnd; t++)
            {
                var facts = target[t];
                var letters = facts.LetterCount;
                if (letters < context.Options.MinLetters)
                    continue;
                var sentence = context.Result.Target.SentenceSpan(t);
                if (bead.SourceCount > 0 && IsQuotationKept(sentence, context.Result.SourceText(bead), source.Language, target.Language))
                    continue;
                string? why = null;
                if (bead.SourceCount > 0 && sourceText.Length > 0 && Normalised(sentence.ToString()) == sourceText)
                    why = $"is a copy of {context.SourceName}";
                else if (scriptsDiffer && facts.Letters[(int)source.Script] >= ForeignScriptShare * letters)
                    why = $"is in {context.SourceName} script, not translated";
                else if (!scriptsDiffer && languagesDiffer && letters >= MinLettersToIdentify
                    && LanguageIdentifier.Identify(sentence).Language == source.Language)
                    why = $"reads as {LanguageName(context.SourceName)}, not translated";
                if (why is null)
                    continue;
                var span = context.Result.Target.Sentences[t].Span;
                findings.Add(new Finding(Kind, FindingSeverity.Warning, k, context.SourceSpans(bead), [span], $"this sentence of {context.TargetName} {why}"));
            }
        }
        return findings;
    }

    /// <summary>
    /// True when the sentence is in a third language, neither side's, and the source has it too: a quotation
    /// ("Il faut bien le faire.") that both versions rightly keep as it was said. Identification of a short line
    /// is a guess, so a sentence with any function word of either side's language is never a quotation: "Labour is
    /// no longer a broad church." stays English, whatever the guess.
    /// </summary>
    private static bool IsQuotationKept(ReadOnlySpan<char> sentence, string sourceText, string sourceLanguage, string targetLanguage)
    {
        var language = LanguageIdentifier.Identify(sentence).Language;
        if (language == LanguageIdentifier.Undetermined
            || string.Equals(language, sourceLanguage, StringComparison.OrdinalIgnoreCase)
            || string.Equals(language, targetLanguage, StringComparison.OrdinalIgnoreCase)
            || LanguageIdentifier.Identify(sourceText).Language != language)
            return false;
        var sourceWords = LanguageWords.For(sourceLanguage);
        var targetWords = LanguageWords.For(targetLanguage);
        Span<char> lower = stackalloc char[32];
        var scanner = new WordScanner(sentence);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            if (token.Kind != TokenKind.Word || token.Length > lower.Length)
                continue;
            var length = sentence.Slice(token.Start, token.Length).ToLowerInvariant(lower);
            if (sourceWords.IsStopword(lower[..length]) || targetWords.IsStopword(lower[..length]))
                return false;
        }
        return true;
    }

    private static string LanguageName(string sideName) => sideName.StartsWith("the ", StringComparison.Ordinal) ? sideName[4..] : sideName;

    /// <summary>Letters and digits only, in lower case: a copy is a copy whatever the spacing and quotes.</summary>
    private static string Normalised(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
