using System.Buffers;
using Sverka.Core.Text;

namespace Sverka.Core.Scoring;

/// <summary>Which way a side reads the lexicon: as its source language or as its target language.</summary>
internal readonly struct LexiconSide(Lexicon? lexicon, bool isSource)
{
    public bool IsPresent => lexicon is not null;

    public int Id(ReadOnlySpan<char> stem) => lexicon is null ? -1 : isSource ? lexicon.SourceId(stem) : lexicon.TargetId(stem);

    public ReadOnlySpan<int> Translations(int id) => isSource ? lexicon!.TranslationsOfSource(id) : lexicon!.TranslationsOfTarget(id);
}

/// <summary>
/// Computes <see cref="SideFeatures"/> for a document: lengths, lexicon ids, number and name anchors, endings. Work
/// is linear in the text; each distinct word form is looked up once.
/// </summary>
internal sealed class FeatureExtractor
{
    private const int MinCognateLength = 7;

    // A bound on the word cache for a document of endless distinct tokens; past it words are looked up afresh.
    private const int MaxEntries = 1_000_000;

    private readonly LanguageWords _words;
    private readonly WordStemmer _stemmer;
    private readonly LexiconSide _lexicon;
    private readonly KeyInterner _keys;
    private readonly List<int> _ownIds = [];
    private readonly List<int> _numbers = [];
    private readonly List<int> _names = [];
    // What a word form gives, found once per distinct form: words repeat (Zipf), and lower-casing, stemming and
    // three look-ups per occurrence were most of the extraction's time.
    private readonly Dictionary<string, WordEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _entryLookup;

    public FeatureExtractor(string language, LexiconSide lexicon, KeyInterner keys)
    {
        _words = LanguageWords.For(language);
        _stemmer = WordStemmer.For(language);
        _lexicon = lexicon;
        _keys = keys;
        _entryLookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SideFeatures Extract(Document document)
    {
        var features = new SideFeatures(document.SentenceCount);
        Span<char> lower = stackalloc char[64];
        Span<char> skeleton = stackalloc char[NameSkeleton.Length];
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var sentence = document.SentenceSpan(s);
            features.Paragraph[s] = document.ParagraphOf(s);
            features.Ending[s] = EndingOf(sentence);
            features.OpensQuotation[s] = OpensQuotation(sentence);
            features.LengthPrefix[s + 1] = features.LengthPrefix[s] + CountNonSpace(sentence);

            var numbersBefore = _numbers.Count;
            var namesBefore = _names.Count;
            var scanner = new WordScanner(sentence);
            var first = true;
            while (scanner.MoveNext())
            {
                var token = scanner.Current;
                var text = sentence.Slice(token.Start, token.Length);
                switch (token.Kind)
                {
                    case TokenKind.Number:
                        AddNumberKeys(text);
                        break;
                    case TokenKind.Percent:
                        AddKey(_numbers, "%", numbersBefore);
                        break;
                    case TokenKind.Word when text.Length <= lower.Length:
                        var entry = EntryOf(text, lower, skeleton);
                        if (entry.AnchorKey >= 0)
                        {
                            AddKey(_numbers, entry.AnchorKey, numbersBefore);
                            break;
                        }
                        if (entry.IsStopword)
                            break;
                        if (entry.SkeletonKey >= 0 && (entry.IsLong || IsNameLike(text, first)))
                            AddKey(_names, entry.SkeletonKey, namesBefore);
                        if (entry.LexiconId >= 0)
                            _ownIds.Add(entry.LexiconId);
                        break;
                }
                first = false;
            }
            features.OwnIdStart[s + 1] = _ownIds.Count;
            features.NumberStart[s + 1] = _numbers.Count;
            features.NameStart[s + 1] = _names.Count;
        }
        features.OwnIds = [.. _ownIds];
        features.Lexicon = _lexicon;
        features.Numbers = [.. _numbers];
        features.Names = [.. _names];
        features.OwnWeights = RarityWeights(features.OwnIds, features.OwnIdStart, features.KnownPrefix);
        features.NumberWeights = RarityWeights(features.Numbers, features.NumberStart, features.NumberPrefix);
        features.NameWeights = RarityWeights(features.Names, features.NameStart, features.NamePrefix);
        return features;
    }

    private WordEntry EntryOf(ReadOnlySpan<char> text, Span<char> lower, Span<char> skeleton)
    {
        if (_entryLookup.TryGetValue(text, out var known))
            return known;
        var length = CaseFolding.ToLower(text, lower);
        var word = lower[..length];
        var entry = new WordEntry { AnchorKey = -1, SkeletonKey = -1, LexiconId = -1, IsLong = word.Length >= MinCognateLength };
        if (_words.TryGetAnchorKey(word, out var anchor))
            entry.AnchorKey = _keys.Intern(anchor);
        else if (_words.IsStopword(word))
            entry.IsStopword = true;
        else
        {
            var skeletonLength = NameSkeleton.Build(word, skeleton);
            if (skeletonLength > 0)
                entry.SkeletonKey = _keys.Intern(skeleton[..skeletonLength]);
            if (_lexicon.IsPresent)
                entry.LexiconId = _lexicon.Id(_stemmer.Stem(word));
        }
        if (_entries.Count < MaxEntries)
            _entries.Add(text.ToString(), entry);
        return entry;
    }

    private struct WordEntry
    {
        public int AnchorKey;
        public int SkeletonKey;
        public int LexiconId;
        public bool IsStopword;
        public bool IsLong;
    }

    /// <summary>
    /// Weighs each id by how few sentences of the document hold it, log(1 + N / df) / log(1 + N): 1 for an id
    /// found in one sentence, falling towards 0 for one found everywhere. Fills the per-sentence prefix sums.
    /// </summary>
    private static float[] RarityWeights(int[] ids, int[] start, float[] prefix)
    {
        var sentences = start.Length - 1;
        var idCount = 0;
        foreach (var id in ids)
            idCount = Math.Max(idCount, id + 1);
        var documentFrequency = new int[idCount];
        // The last sentence (plus one) each id was counted in, so an id repeated in a sentence counts once.
        var countedIn = new int[idCount];
        for (var s = 0; s < sentences; s++)
        {
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                if (countedIn[ids[k]] == s + 1)
                    continue;
                countedIn[ids[k]] = s + 1;
                documentFrequency[ids[k]]++;
            }
        }
        var weights = new float[ids.Length];
        var scale = 1.0 / Math.Log(1.0 + sentences);
        for (var s = 0; s < sentences; s++)
        {
            double sum = 0;
            for (var k = start[s]; k < start[s + 1]; k++)
            {
                weights[k] = (float)(Math.Log(1.0 + (double)sentences / documentFrequency[ids[k]]) * scale);
                sum += weights[k];
            }
            prefix[s + 1] = prefix[s] + (float)sum;
        }
        return weights;
    }

    private static bool IsNameLike(ReadOnlySpan<char> word, bool sentenceInitial) =>
        word.Length >= 3 && char.IsUpper(word[0]) && (!sentenceInitial || (word.Length > 1 && char.IsUpper(word[1])));

    private void AddNumberKeys(ReadOnlySpan<char> number)
    {
        var start = _numbers.Count;
        // A date written with separators, 07.12.2021 or 7/12/21: day, month and year are anchors of their own, so
        // that it meets "7 декабря 2021" and "December 7, 2021".
        Span<Range> parts = stackalloc Range[4];
        var partCount = number.SplitAny(parts, "./");
        if (partCount == 3 && number[parts[0]].Length <= 2 && number[parts[1]].Length <= 2 && number[parts[2]].Length is 2 or 4
            && int.TryParse(number[parts[1]], out var month) && month is >= 1 and <= 12)
        {
            AddKey(_numbers, TrimZeros(number[parts[0]]), start);
            Span<char> monthKey = stackalloc char[3];
            monthKey[0] = 'M';
            month.TryFormat(monthKey[1..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            AddKey(_numbers, monthKey[..(1 + written)], start);
            AddKey(_numbers, number[parts[2]], start);
            return;
        }
        Span<char> digits = stackalloc char[Math.Min(number.Length, 32)];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
                digits[n++] = c;
        }
        AddKey(_numbers, TrimZeros(digits[..n]), start);
    }

    private static ReadOnlySpan<char> TrimZeros(ReadOnlySpan<char> digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.IsEmpty ? "0" : trimmed;
    }

    private void AddKey(List<int> keys, ReadOnlySpan<char> key, int sentenceStart) => AddKey(keys, _keys.Intern(key), sentenceStart);

    private static void AddKey(List<int> keys, int id, int sentenceStart)
    {
        for (var k = sentenceStart; k < keys.Count; k++)
        {
            if (keys[k] == id)
                return;
        }
        keys.Add(id);
    }

    private static int CountNonSpace(ReadOnlySpan<char> sentence)
    {
        var count = 0;
        foreach (var c in sentence)
        {
            if (!CharClass.IsSpace(c))
                count++;
        }
        return count;
    }

    private static readonly SearchValues<char> s_quotationMarks = SearchValues.Create("\"“”«»„‚‘’'");

    // A quotation mark that closes within this many words of the one that opened it, with more text after it, quotes
    // a name or a title ("«Рейнджерс» пережили…", "\"Fresh Prince\" star…"), not speech.
    private const int MaxQuotedNameWords = 3;

    /// <summary>
    /// Whether a sentence opens with a quotation of speech: a quotation mark first, not closed again within a few
    /// words by one that more text follows. A dash before it ("- « Chanson politique") is a dialogue's mark, and an
    /// apostrophe between letters ("It's") closes nothing.
    /// </summary>
    private static bool OpensQuotation(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimStart().TrimStart("-–— \u00A0");
        if (text.IsEmpty || !s_quotationMarks.Contains(text[0]))
            return false;
        var words = 0;
        var inWord = false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (s_quotationMarks.Contains(c) && !(c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))
                return !HasTextAfter(text[(i + 1)..]);
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            if (!inWord)
            {
                inWord = true;
                if (++words > MaxQuotedNameWords)
                    return true;
            }
        }
        return true;
    }

    private static bool HasTextAfter(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (char.IsLetterOrDigit(c))
                return true;
        }
        return false;
    }

    private static SentenceEnding EndingOf(ReadOnlySpan<char> sentence)
    {
        for (var i = sentence.Length - 1; i >= 0; i--)
        {
            switch (sentence[i])
            {
                case '?': return SentenceEnding.Question;
                case '!': return SentenceEnding.Exclamation;
                case '.' or '…': return SentenceEnding.Statement;
                case '"' or '”' or '»' or '’' or '\'' or ')' or ']' or ' ' or '\u00A0':
                    continue;
                default: return SentenceEnding.None;
            }
        }
        return SentenceEnding.None;
    }
}
