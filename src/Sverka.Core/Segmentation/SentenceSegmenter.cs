using System.Buffers;
using System.Collections.Concurrent;
using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>
/// Splits a paragraph into sentences by the rules of one language. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A hand-written scanner in the manner of SRX (Segmentation Rules eXchange): a break is proposed after every run of
/// terminators (. ! ? …) and the closing quotes or brackets after it, when a space follows and the next word can open
/// a sentence; the abbreviation lists of the language (<c>Segmentation/Rules/*.rules</c>), initials and list numbers
/// then veto the breaks that are not sentence ends. Every look back or ahead is bounded by a constant or consumed
/// once, so the work is linear in the paragraph, and nothing is allocated but the spans added.
/// </remarks>
public sealed class SentenceSegmenter
{
    private const int MaxListNumberLength = 8;
    private const int MaxNumberGap = 3;
    private const int MaxNumberLength = 24;
    private const int MaxOpenersBeforeWord = 4;

    private static readonly SearchValues<char> s_terminators = SearchValues.Create(".!?…‼⁇⁈⁉");

    // Right after a terminator any quote is a closing one and belongs to the sentence that ends: "Go." «Иди!» (да!)
    private static readonly SearchValues<char> s_closers = SearchValues.Create("\"'’”“‘»›)]}");

    // After the space these open the next sentence: "Go. «Stop»", "(See below.)", "¿Qué?".
    private static readonly SearchValues<char> s_openers = SearchValues.Create("\"'‘“«‹„‚([{¿¡");

    private static readonly SearchValues<char> s_dashes = SearchValues.Create("-‐‒–—―");

    // Signs that open a sentence as a capital would: "$5 was paid.", "§ 3 applies."
    private static readonly SearchValues<char> s_openingSigns = SearchValues.Create("§№$€£¥#");

    // Roman numerals, with the Cyrillic Х and І that Russian typists often put in their place: "XIX в.", "ХХ в."
    private static readonly SearchValues<char> s_romanDigits = SearchValues.Create("IVXLCDMХІ");

    private static readonly SearchValues<char> s_listNumberChars = SearchValues.Create("0123456789.");

    private static readonly ConcurrentDictionary<string, SentenceSegmenter> s_byLanguage = new(StringComparer.Ordinal);

    private readonly SegmentationRules _rules;

    // Internal so that tests can run the scanner over rules of their own; everyone else shares the cached instances.
    internal SentenceSegmenter(string language, SegmentationRules rules)
    {
        Language = language;
        _rules = rules;
    }

    /// <summary>
    /// The language whose rules this segmenter applies: the code it was asked for, reduced to its primary subtag in
    /// lowercase ("en-GB" gives "en"), or "und" when the code is empty or not a language subtag.
    /// </summary>
    public string Language { get; }

    /// <summary>The name of the rules file in use: the language's own, or "generic".</summary>
    internal string RulesName => _rules.Name;

    /// <summary>The segmenter for a language; languages without rules of their own get the generic rules.</summary>
    /// <param name="language">An ISO 639-1 code such as "en" or "ru", or a BCP 47 tag such as "ru-RU".</param>
    public static SentenceSegmenter ForLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return s_byLanguage.TryGetValue(language, out var cached)
            ? cached
            : s_byLanguage.GetOrAdd(PrimarySubtag(language), static code => new SentenceSegmenter(code, SegmentationRules.ForLanguage(code)));
    }

    /// <summary>Appends the sentences of <paramref name="paragraph"/> to <paramref name="sentences"/>, trimmed of spaces.</summary>
    /// <param name="text">The whole text the paragraph lies in; the spans added are offsets into it.</param>
    /// <param name="paragraph">The paragraph to split; nothing outside it is read.</param>
    /// <param name="sentences">The list the sentences are appended to, in order.</param>
    public void Segment(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if ((uint)paragraph.Start > (uint)text.Length || (uint)paragraph.Length > (uint)(text.Length - paragraph.Start))
            throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, "The paragraph lies outside the text.");

        var end = paragraph.End;
        var sentenceStart = SkipSpaces(text, paragraph.Start, end);
        // A terminator before the first letter or digit of a sentence ("... And then") does not end it; the scan for
        // that letter only moves forward, so it costs one pass over the sentence.
        var contentScan = sentenceStart;
        var hasContent = false;
        var i = sentenceStart;
        while (i < end)
        {
            var found = text.AsSpan(i, end - i).IndexOfAny(s_terminators);
            if (found < 0)
                break;
            var runStart = i + found;
            var runEnd = runStart + 1;
            while (runEnd < end && s_terminators.Contains(text[runEnd]))
                runEnd++;
            var cut = runEnd;
            while (cut < end && s_closers.Contains(text[cut]))
                cut++;
            i = cut;
            // "1.5", "10.30", "google.com", "В.В.Путин": no space, no break.
            if (cut == end || !CharClass.IsSpace(text[cut]))
                continue;
            var next = SkipSpaces(text, cut, end);
            if (next == end)
                break;
            i = next;
            var follower = Classify(text, next, end);
            if (follower < Follower.Capital)
                continue;
            if (!hasContent)
            {
                while (contentScan < runStart && !char.IsLetterOrDigit(text[contentScan]))
                    contentScan++;
                hasContent = contentScan < runStart;
                if (!hasContent)
                    continue;
            }
            if (!EndsSentence(text, sentenceStart, runStart, runEnd, cut, next, end, follower))
                continue;
            sentences.Add(TextSpan.FromBounds(sentenceStart, cut));
            sentenceStart = next;
            contentScan = next;
            hasContent = false;
        }

        var last = end;
        while (last > sentenceStart && CharClass.IsSpace(text[last - 1]))
            last--;
        if (last > sentenceStart)
            sentences.Add(TextSpan.FromBounds(sentenceStart, last));
    }

    private bool EndsSentence(string text, int sentenceStart, int runStart, int runEnd, int cut, int next, int end, Follower follower)
    {
        // A quotation and the clause that reports it are one sentence, whatever ends the quotation.
        if (follower == Follower.Capital && ClosesQuotation(text, runEnd, cut) && _rules.IsReportingClause(text, next, end))
            return false;
        // Only a lone full stop can belong to a word; ? ! … and runs such as "..." or "?!" always end the sentence.
        if (runEnd - runStart > 1 || text[runStart] != '.')
            return true;
        switch (_rules.Match(text, sentenceStart, runStart, out var wordStart))
        {
            case AbbreviationKind.NeverEnds:
                return false;
            case AbbreviationKind.MayEnd:
                return follower == Follower.Capital && !_rules.ContinuesAfterAbbreviation(text, next, end);
            case AbbreviationKind.NotBeforeNumber:
                return follower != Follower.Digit;
            case AbbreviationKind.AfterNumber:
                return follower == Follower.Capital
                    && FollowsNumber(text, sentenceStart, wordStart)
                    && !_rules.OpensWithDatePhrase(text, sentenceStart, wordStart);
            default:
                return !IsInitial(text, sentenceStart, runStart, next, end) && !IsListNumber(text, sentenceStart, runStart);
        }
    }

    private static bool ClosesQuotation(string text, int runEnd, int cut)
    {
        for (var k = runEnd; k < cut; k++)
        {
            if (text[k] is '"' or '\'' or '’' or '”' or '»' or '›')
                return true;
        }
        return false;
    }

    /// <summary>What the text after a candidate break begins with, as far as opening a sentence goes.</summary>
    private static Follower Classify(string text, int next, int end)
    {
        var c = text[next];
        if (s_dashes.Contains(c))
        {
            // A line of dialogue: "— Привет", but not "— спросил он".
            var k = SkipSpaces(text, next + 1, end);
            return k < end && IsCapital(text[k]) ? Follower.Capital : Follower.None;
        }
        var opened = false;
        while (s_openers.Contains(c))
        {
            opened = true;
            if (++next == end)
                return Follower.None;
            c = text[next];
        }
        if (char.IsLetter(c))
            return char.IsLower(c) ? Follower.Lowercase : Follower.Capital;
        if (char.IsDigit(c))
            return Follower.Digit;
        return opened || s_openingSigns.Contains(c) ? Follower.Sign : Follower.None;
    }

    // Letters without case (Chinese, Arabic, Hebrew…) count as capitals: for them a terminator and a space suffice.
    private static bool IsCapital(char c) => char.IsLetter(c) && !char.IsLower(c);

    // "J. F. Kennedy", "В. В. Путин", "Ю.Ушаков": one capital letter and a full stop is an initial, of a name in its
    // own alphabet. In "…суда D.C. В пятницу…" the Latin letter ends the sentence before a Cyrillic word.
    private static bool IsInitial(string text, int lowerBound, int period, int next, int end)
    {
        var letter = period - 1;
        if (letter < lowerBound || !char.IsUpper(text[letter]) || (letter > lowerBound && char.IsLetterOrDigit(text[letter - 1])))
            return false;
        var limit = Math.Min(end, next + MaxOpenersBeforeWord);
        while (next < limit && !char.IsLetter(text[next]))
            next++;
        return next == limit || !char.IsLetter(text[next]) || IsLatin(text[letter]) == IsLatin(text[next]);
    }

    private static bool IsLatin(char letter) => letter < '\u0370';

    // "1. Introduction", "1.2. Scope", "IV. Conclusions": a number that opens the sentence is a list item's label.
    private static bool IsListNumber(string text, int sentenceStart, int period)
    {
        var length = period - sentenceStart;
        if (length is 0 or > MaxListNumberLength)
            return false;
        var label = text.AsSpan(sentenceStart, length);
        if (char.IsAsciiDigit(label[0]))
            return !label.ContainsAnyExcept(s_listNumberChars) && !label.Contains("..", StringComparison.Ordinal);
        return !label.ContainsAnyExcept(s_romanDigits);
    }

    // "1961 г.", "1961г.", "1990-х гг.", "2010–2015 гг.", "XIX в.", "30 см.": the word before the abbreviation is a number.
    private static bool FollowsNumber(string text, int lowerBound, int abbreviationStart)
    {
        var i = abbreviationStart - 1;
        if (i >= lowerBound && char.IsDigit(text[i]))
            return true;
        var gap = 0;
        while (i >= lowerBound && gap < MaxNumberGap && CharClass.IsSpace(text[i]))
        {
            i--;
            gap++;
        }
        if (gap == 0)
            return false;
        var tokenEnd = i + 1;
        while (i >= lowerBound && tokenEnd - i <= MaxNumberLength && !CharClass.IsSpace(text[i]))
            i--;
        var token = text.AsSpan(i + 1, tokenEnd - i - 1);
        if (token.IsEmpty)
            return false;
        foreach (var c in token)
        {
            if (char.IsDigit(c))
                return true;
        }
        return !token.ContainsAnyExcept(s_romanDigits) || IsRomanRange(token);
    }

    // "XVIII–XIX": two Roman numerals joined by a dash.
    private static bool IsRomanRange(ReadOnlySpan<char> token)
    {
        var dash = token.IndexOfAny(s_dashes);
        return dash > 0 && dash < token.Length - 1
            && !token[..dash].ContainsAnyExcept(s_romanDigits)
            && !token[(dash + 1)..].ContainsAnyExcept(s_romanDigits);
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && CharClass.IsSpace(text[i]))
            i++;
        return i;
    }

    private static string PrimarySubtag(string language)
    {
        var code = language.AsSpan().Trim();
        var dash = code.IndexOfAny('-', '_');
        if (dash >= 0)
            code = code[..dash];
        if (code.Length is < 2 or > 8 || !IsAsciiLetters(code))
            return "und";
        return code.ToString().ToLowerInvariant();
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> code)
    {
        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
                return false;
        }
        return true;
    }

    /// <summary>What follows a candidate break, ordered so that everything from <see cref="Capital"/> on may open a sentence.</summary>
    private enum Follower : byte
    {
        None,
        Lowercase,
        Capital,
        Digit,
        Sign,
    }
}
