using System.Buffers;
using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Target sentences still in the source language: written in the source's script when the two languages use
/// different ones (an English sentence on the Russian side), identified as the source language, or a verbatim
/// copy of the source. Short lines (names, figures, headings of a word or two) are left alone: they are often
/// rightly the same in both versions, and so are quotations in a third language that the source keeps too. A short
/// copy with a function word of the source's language ("It is very bad.") is no name or figure, and counts.
/// </summary>
public sealed class UntranslatedCheck : ICheck
{
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
                var sentence = context.Result.Target.SentenceSpan(t);
                if (letters < context.Options.MinLetters && !IsShortCopyInSourceWords(context, bead, sentence, sourceText))
                    continue;
                if ((bead.SourceCount > 0 && IsQuotationKept(sentence, context.Result.SourceText(bead), source.Language, target.Language))
                        || IsCode(sentence))
                    continue;
                string? why = null;
                if (bead.SourceCount > 0 && IsCopy(context, bead, Normalised(sentence.ToString()), sourceText))
                    why = $"is a copy of {context.SourceName}";
                else if (scriptsDiffer && facts.IsWrittenIn(source.Script) && HasLowerCaseWordIn(facts, target.Document.Text, source.Script))
                    why = $"is in {context.SourceName} script, not translated";
                else if (!scriptsDiffer && languagesDiffer && letters >= MinLettersToIdentify
                    && LanguageIdentifier.Identify(sentence).Language == source.Language)
                    why = $"reads as {LanguageName(context.SourceName)}, not translated";
                if (why is null)
                {
                    if (scriptsDiffer && bead.SourceCount > 0 && LeftPassage(target, t, source, bead) is { } passage)
                    {
                        var quoted = ContentBalance.Quote(target.Document, passage);
                        findings.Add(new Finding(Kind, FindingSeverity.Warning, k, context.SourceSpans(bead), [passage],
                            $"{context.TargetName} leaves \"{quoted}\" as it is in {context.SourceName}, not translated"));
                    }
                    continue;
                }
                var span = context.Result.Target.Sentences[t].Span;
                findings.Add(new Finding(Kind, FindingSeverity.Warning, k, context.SourceSpans(bead), [span], $"this sentence of {context.TargetName} {why}"));
            }
        }
        return findings;
    }

    /// <summary>
    /// Whether a target sentence repeats its bead's source, or one of its sentences: a copy the aligner merged with
    /// a neighbour into a 2-2 bead is a copy still.
    /// </summary>
    private static bool IsCopy(CheckContext context, Bead bead, string sentence, string sourceText)
    {
        if (sentence.Length == 0)
            return false;
        if (sentence == sourceText)
            return true;
        for (var s = bead.Source; bead.SourceCount > 1 && s < bead.SourceEnd; s++)
        {
            if (Normalised(context.Result.Source.SentenceSpan(s).ToString()) == sentence)
                return true;
        }
        return false;
    }

    private const int MinWordsOfShortCopy = 2;

    /// <summary>
    /// Whether a sentence too short to judge by its letters is a copy of its bead's source with a function word of the
    /// source's language that the target's does not share: a sentence left as it was, not a name or a figure that
    /// both versions rightly write alike.
    /// </summary>
    private static bool IsShortCopyInSourceWords(CheckContext context, Bead bead, ReadOnlySpan<char> sentence, string sourceText)
    {
        if (bead.SourceCount == 0 || !IsCopy(context, bead, Normalised(sentence.ToString()), sourceText))
            return false;
        var sourceWords = LanguageWords.For(context.Source.Language);
        var targetWords = LanguageWords.For(context.Target.Language);
        var (words, ownFunctionWords) = CountWords(sentence, lower => sourceWords.IsStopword(lower) && !targetWords.IsStopword(lower));
        return words >= MinWordsOfShortCopy && ownFunctionWords > 0;
    }

    private delegate bool LowerCaseWordTest(ReadOnlySpan<char> lower);

    /// <summary>How many words a sentence has, and how many of them, in lower case, pass a test.</summary>
    private static (int Words, int Passing) CountWords(ReadOnlySpan<char> sentence, LowerCaseWordTest test)
    {
        Span<char> lower = stackalloc char[32];
        var scanner = new WordScanner(sentence);
        int words = 0, passing = 0;
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            if (token.Kind != TokenKind.Word)
                continue;
            words++;
            if (token.Length <= lower.Length && test(lower[..sentence.Slice(token.Start, token.Length).ToLowerInvariant(lower)]))
                passing++;
        }
        return (words, passing);
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
        return CountWords(sentence, lower => sourceWords.IsStopword(lower) || targetWords.IsStopword(lower)).Passing == 0;
    }

    /// <summary>
    /// A passage the translator left in the source language inside a translated sentence ("торговле и energy
    /// security"): a run of words in the source's script holding at least two different lower-case content words
    /// that the bead's source has too. Names and titles kept in their own letters ("Fox News Channel", "Member of
    /// the Welsh Parliament") are capitalised, a brand may repeat one word ("Canada plus plus"), and function words
    /// alone ("of the") say nothing, so none of those counts. Nor do the words of a token that is more than a word
    /// (<see cref="IsWholeToken"/>), nor a run that fills a pair of brackets or quotes (<see cref="IsEnclosed"/>).
    /// </summary>
    private static TextSpan? LeftPassage(SideAnalysis target, int sentence, SideAnalysis source, Bead bead)
    {
        const int MinLeftWords = 2;
        var text = target.Document.Text;
        // Most translated sentences have no lower-case word in the source's script at all: the source's words are
        // gathered only for those that do.
        var candidates = 0;
        foreach (var word in target[sentence].Words)
        {
            if (!word.Capitalised && CharClass.ScriptOf(text[word.Span.Start]) == source.Script)
                candidates++;
        }
        if (candidates < MinLeftWords)
            return null;
        var sourceWords = new HashSet<string>(StringComparer.Ordinal);
        for (var s = bead.Source; s < bead.SourceEnd; s++)
        {
            foreach (var word in source[s].Words)
            {
                if (word is { Role: WordRole.Content, LexiconId: >= 0 })
                    sourceWords.Add(word.Lower);
            }
        }
        if (sourceWords.Count < MinLeftWords)
            return null;
        var left = new HashSet<string>(StringComparer.Ordinal);
        int runStart = -1, runEnd = -1;
        foreach (var word in target[sentence].Words)
        {
            if (CharClass.ScriptOf(text[word.Span.Start]) != source.Script)
            {
                if (IsLeftPassage(text, left, runStart, runEnd))
                    break;
                left.Clear();
                runStart = -1;
                continue;
            }
            if (runStart < 0)
                runStart = word.Span.Start;
            runEnd = word.Span.End;
            if (!word.Capitalised && sourceWords.Contains(word.Lower) && IsWholeToken(text, word.Span))
                left.Add(word.Lower);
        }
        return IsLeftPassage(text, left, runStart, runEnd) ? TextSpan.FromBounds(runStart, runEnd) : null;

        static bool IsLeftPassage(string text, HashSet<string> left, int runStart, int runEnd) =>
            left.Count >= MinLeftWords && !IsEnclosed(text, runStart, runEnd);
    }

    /// <summary>
    /// Whether a sentence has a word in lower case in the given script: one written in the source's letters only by
    /// its acronyms and names ("IDE (тн. PATA), SATA или SCSI.") is not in the source's language.
    /// </summary>
    private static bool HasLowerCaseWordIn(SentenceFacts sentence, string text, Script script)
    {
        foreach (var word in sentence.Words)
        {
            if (!word.Capitalised && word.Span.Length >= 2 && CharClass.ScriptOf(text[word.Span.Start]) == script)
                return true;
        }
        return false;
    }

    private static readonly SearchValues<char> s_sectionNumber = SearchValues.Create("0123456789.");

    // What parts a line of code into its tokens: a listing's columns are often a tab or a no-break space apart.
    private const string TokenSeparators = " \t\n\r\u00A0";

    // A line of configuration ends in a semicolon or a brace and is short: wrapped prose that happens to end a line
    // with a semicolon runs to some ten words.
    private const int MaxConfigurationLineTokens = 5;

    // A command after a root prompt is a few words.
    private const int MaxPromptedCommandTokens = 6;

    /// <summary>
    /// Whether a sentence is code that a manual's translation rightly copies: judged as a whole by its share of
    /// words (<see cref="IsMostlyCode"/>), or line by line, every line being code. A block of configuration
    /// ("default-lease-time 600;\nmax-lease-time 7200;"), of commands typed after a root prompt ("# apt install
    /// locales\n# dpkg-reconfigure locales") or of settings and listings ("127.0.0.1 localhost") has as many words
    /// as prose has, but its lines are shaped as no prose's are.
    /// </summary>
    internal static bool IsCode(ReadOnlySpan<char> sentence)
    {
        if (IsMostlyCode(sentence))
            return true;
        // A sentence of one line has just been weighed by its words as a whole.
        var severalLines = sentence.Contains('\n');
        var lines = 0;
        foreach (var range in sentence.Split('\n'))
        {
            var line = sentence[range].Trim();
            if (line.IsEmpty)
                continue;
            if (!(severalLines && IsMostlyCode(line)) && !IsConfigurationLine(line) && !IsPromptedCommand(line) && !IsSettingLine(line))
                return false;
            lines++;
        }
        return lines > 0;
    }

    /// <summary>A short line that ends in a semicolon or a brace: "allow bootp;", "host clientname {".</summary>
    private static bool IsConfigurationLine(ReadOnlySpan<char> line) =>
        line[^1] is ';' or '{' or '}' && CountTokens(line) <= MaxConfigurationLineTokens;

    /// <summary>
    /// A root's or a user's prompt and a command in lower case with no end of a sentence: "# apt install locales",
    /// "$ cd work". A comment opens with "#" too, but in a capital ("# To use dhcp:") or as a sentence ends.
    /// </summary>
    private static bool IsPromptedCommand(ReadOnlySpan<char> line)
    {
        if (line is not ['#' or '$', ' ', _, ..])
            return false;
        var command = line[2..].TrimStart();
        foreach (var c in command)
        {
            if (char.IsUpper(c))
                return false;
        }
        return char.IsAsciiLetterLower(command[0]) && command[^1] is not ('.' or ':' or ',' or '?' or '!')
            && CountTokens(command) <= MaxPromptedCommandTokens;
    }

    // A setting or a listing's line is a few fields.
    private const int MaxSettingLineTokens = 8;

    /// <summary>
    /// A short line that opens in lower case, a digit or a slash, ends as no sentence does and holds a path, an
    /// address or a key of a setting: "d-i mirror/country string manual", "deb http://deb.debian.org/debian
    /// bookworm main", "127.0.0.1 localhost", "proc /proc proc defaults 0 0".
    /// </summary>
    private static bool IsSettingLine(ReadOnlySpan<char> line)
    {
        if (!(char.IsLower(line[0]) || char.IsAsciiDigit(line[0]) || line[0] == '/')
                || line[^1] is '.' or ':' or ',' or '?' or '!' || CountTokens(line) > MaxSettingLineTokens)
            return false;
        // A numbered heading opens with a digit too: "4.1. Official Debian GNU/Linux installation images".
        var firstToken = line[..(line.IndexOfAny(TokenSeparators) is var space and >= 0 ? space : line.Length)];
        if (firstToken[^1] == '.' && !firstToken.ContainsAnyExcept(s_sectionNumber))
            return false;
        foreach (var range in line.SplitAny(TokenSeparators))
        {
            if (IsPathOrAddress(line[range]))
                return true;
        }
        return false;
    }

    private static readonly SearchValues<char> s_pathCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789/._-~+=:");

    /// <summary>
    /// A path or an address: a token that opens with a slash ("/proc", "/dev/XXX"), a URL, a key in lower case with
    /// a slash inside ("mirror/country", "path/to/file"), or an IPv4 address. "GNU/Linux" and "CD/DVD" are words.
    /// </summary>
    private static bool IsPathOrAddress(ReadOnlySpan<char> token)
    {
        if (token is ['/', var first, ..] && char.IsLetter(first))
            return true;
        if (token.Contains("://", StringComparison.Ordinal))
            return true;
        var slash = token.IndexOf('/');
        if (slash > 0 && slash < token.Length - 1 && !token.ContainsAnyExcept(s_pathCharacters))
            return true;
        return token.Count('.') == 3 && !token.ContainsAnyExcept(s_sectionNumber) && token[^1] != '.';
    }

    private static int CountTokens(ReadOnlySpan<char> line)
    {
        var tokens = 0;
        foreach (var range in line.SplitAny(TokenSeparators))
        {
            if (!line[range].IsEmpty)
                tokens++;
        }
        return tokens;
    }

    /// <summary>
    /// Whether at most half of a sentence's tokens are words: a command, a configuration file or a listing
    /// ("$ tar -cvzf hello-sh-1.0.tar.gz hello-sh-1.0", "subnet 192.168.1.0 netmask 255.255.255.0 {"), which a manual's
    /// translation rightly copies as it is. A word here is letters, hyphenated or not, with the punctuation prose puts
    /// around it; section numbers, bullets and underlines are not counted at all.
    /// </summary>
    private static bool IsMostlyCode(ReadOnlySpan<char> sentence)
    {
        int tokens = 0, words = 0;
        foreach (var range in sentence.SplitAny(TokenSeparators))
        {
            var token = sentence[range];
            // Neither a number ("10", "1.5"), a section's ("5.6.6." first), a bullet, a dash nor a heading's
            // underline ("-----") tells prose from code; an address ("192.168.1.0"), a prompt, a pipe or an equals
            // sign standing alone does.
            var word = token.Trim("([{«\"“„'.,;:!?)]}»”…");
            var isNumber = !word.ContainsAnyExcept(s_sectionNumber) && (tokens == 0 || word.Count('.') <= 1);
            if (word.IsEmpty || isNumber || token is ['*' or '•' or '·' or '-' or '–' or '—' or '©']
                    || (token.Length >= 3 && !token.ContainsAnyExcept(token[0])))
                continue;
            tokens++;
            if (IsWord(word))
                words++;
        }
        return 2 * words <= tokens;

        static bool IsWord(ReadOnlySpan<char> token)
        {
            if (token.IsEmpty || !char.IsLetter(token[0]) || !char.IsLetter(token[^1]))
                return false;
            foreach (var c in token)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
                    return false;
            }
            return true;
        }
    }

    /// <summary>
    /// Whether a word stands alone between spaces, bar the punctuation around it. A word joined to others by a slash,
    /// an equals sign, a dot, an underscore or a hyphen is part of a path, an option or a package's name
    /// ("var/log/installer", "priority=medium", "sources.list", "keep-alive"), which a manual's translation keeps
    /// as it is, rightly.
    /// </summary>
    private static bool IsWholeToken(string text, TextSpan word)
    {
        var start = word.Start;
        while (start > 0 && !CharClass.IsSpace(text[start - 1]) && !IsOpening(text[start - 1]))
            start--;
        var end = word.End;
        while (end < text.Length && !CharClass.IsSpace(text[end]) && !IsClosing(text[end]))
            end++;
        // Punctuation that ends a sentence or a clause follows a word without joining it to anything.
        while (end > word.End && char.IsPunctuation(text[end - 1]) && text[end - 1] is not ('_' or '/' or '-'))
            end--;
        return start == word.Start && end == word.End;
    }

    /// <summary>
    /// Whether a run of words fills a pair of brackets or quotes: the original's term given beside its translation
    /// ("сообщения об ошибках (bug reports)"), or a string quoted as it is to be typed or searched for ("по ключевым
    /// словам «windows refund»").
    /// </summary>
    private static bool IsEnclosed(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && CharClass.IsSpace(text[before]))
            before--;
        var after = end;
        while (after < text.Length && CharClass.IsSpace(text[after]))
            after++;
        return before >= 0 && after < text.Length && IsOpening(text[before]) && IsClosing(text[after]);
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '«' or '"' or '“' or '„' or '\'';

    private static bool IsClosing(char c) => c is ')' or ']' or '»' or '"' or '”' or '“' or '\'';

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
