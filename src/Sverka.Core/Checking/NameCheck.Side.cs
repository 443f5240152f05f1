using System.Runtime.InteropServices;
using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

// One side of the document as the name check reads it.
public sealed partial class NameCheck
{
    /// <summary>One side of the document as the name check reads it: its words, and those written with a capital.</summary>
    private sealed class NameSide(CheckContext context, SideAnalysis analysis, ArraySegment<WordFact> document, bool exonyms, bool isSource, bool isEnglish)
    {
        /// <summary>
        /// Whether the other side writes a word by its sound in some bead whose side here has it, and never by the
        /// lexicon's translation: a word the lexicon knows ("Flake", "Katrina") that this document uses as a name.
        /// </summary>
        public bool IsWrittenBySoundElsewhere(WordFact word) => Renderings(word) is { Transliterated: > 0, Translated: false };

        public SideAnalysis Analysis { get; } = analysis;

        /// <summary>Whether this side is in English.</summary>
        public bool IsEnglish => isEnglish;

        public ArraySegment<WordFact> Document { get; } = document;

        /// <summary>
        /// True for a language whose orthography capitalises every noun, where a capital alone does not mark a name.
        /// </summary>
        public bool CapitalisesNouns => Analysis.Document.Language is "de" or "lb";

        /// <summary>
        /// The words written with a capital, once each by spelling: where the other side's names may be
        /// transliterated, compared without a pass over every occurrence.
        /// </summary>
        public WordFact[] DistinctCapitals => _distinctCapitals ??= Distinct(Document.Where(w => w.Capitalised));

        /// <summary>The sounds of <see cref="DistinctCapitals"/>, indexed for <see cref="NameMatcher.SoundsMatch"/> against all of them at once.</summary>
        public NameMatcher.NameSoundIndex CapitalSounds
        {
            get
            {
                if (_capitalSounds is null)
                {
                    _capitalSounds = new NameMatcher.NameSoundIndex();
                    foreach (var capital in DistinctCapitals)
                        _capitalSounds.Add(capital.Sound);
                }
                return _capitalSounds;
            }
        }

        private NameMatcher.NameSoundIndex? _capitalSounds;

        /// <summary>
        /// The words written with a capital, once each by spelling, leaving out the sentences identified as written
        /// in <paramref name="language"/> rather than in this side's own.
        /// </summary>
        public WordFact[] CapitalsOutsideQuotationsOf(string language)
        {
            if (_capitalsOutsideQuotations is null || _quotedLanguage != language)
            {
                _quotedLanguage = language;
                var capitals = new List<WordFact>();
                var document = Analysis.Document;
                for (var s = 0; s < document.SentenceCount; s++)
                {
                    if (LanguageIdentifier.Identify(document.SentenceSpan(s)).Language == language)
                        continue;
                    foreach (var word in Analysis[s].Words)
                    {
                        if (word.Capitalised)
                            capitals.Add(word);
                    }
                }
                _capitalsOutsideQuotations = Distinct(capitals);
            }
            return _capitalsOutsideQuotations;
        }

        private WordFact[]? _capitalsOutsideQuotations;
        private string? _quotedLanguage;

        /// <summary>The document's words once each by spelling and by whether a capital or a compound marks them.</summary>
        public WordFact[] DistinctWords => _distinctWords ??= Distinct(Document);

        /// <summary>
        /// Whether a word names a place of <see cref="PlaceNames"/>: an English one by its spelling, a Russian one by
        /// the stems of the Russian names.
        /// </summary>
        public bool IsPlace(WordFact word) => exonyms && (isEnglish ? PlaceNames.IsPlace(word.Lower) : PlaceNames.IsRussianPlace(word.Lower));

        /// <summary>Whether a word of the other side is a name here, by its lower-case spelling (<see cref="IsName"/>).</summary>
        public Dictionary<string, bool> NameByWord { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<(string Lower, string Sound), bool> _counterpartInDocument = [];
        private DocumentCounterparts? _otherDocument;
        private WordFact[]? _distinctCapitals;
        private WordFact[]? _distinctWords;

        /// <summary>Whether the other side writes a counterpart of <paramref name="word"/> anywhere (<see cref="HasCounterpart"/>), once per spelling.</summary>
        public bool HasCounterpartIn(WordFact word, NameSide other)
        {
            if (!_counterpartInDocument.TryGetValue((word.Lower, word.Sound), out var has))
            {
                _otherDocument ??= new DocumentCounterparts(other.DistinctWords, Analysis.Lexicon, exonyms, isEnglish);
                has = _otherDocument.Has(word);
                _counterpartInDocument[(word.Lower, word.Sound)] = has;
            }
            return has;
        }

        private Dictionary<string, List<int>>? _beadsByWord;
        private readonly Dictionary<string, (int Transliterated, int LeftOut, bool Translated)> _renderings = new(StringComparer.Ordinal);

        /// <summary>
        /// How the other side renders a word of this one over all the paired beads whose side here has it ("Flake's"
        /// counts with "Flake"): in how many by its sound, in how many not at all, and whether in any by the lexicon's
        /// translation alone (<see cref="RenderingIn"/>). Once per spelling, so that a name missing from many beads
        /// costs no more than one pass over them.
        /// </summary>
        public (int Transliterated, int LeftOut, bool Translated) Renderings(WordFact word)
        {
            if (_renderings.TryGetValue(word.Lower, out var known))
                return known;
            int transliterated = 0, leftOut = 0;
            var translated = false;
            foreach (var (_, rendering) in RenderingsByBead(word))
            {
                switch (rendering)
                {
                    case Rendering.Translated:
                        translated = true;
                        break;
                    case Rendering.Transliterated:
                        transliterated++;
                        break;
                    default:
                        leftOut++;
                        break;
                }
            }
            return _renderings[word.Lower] = (transliterated, leftOut, translated);
        }

        /// <summary>The paired beads whose other side leaves out a word of this one (<see cref="Renderings"/>' LeftOut), in order.</summary>
        public IEnumerable<int> BeadsLeavingOut(WordFact word)
        {
            foreach (var (k, rendering) in RenderingsByBead(word))
            {
                if (rendering is not (Rendering.Translated or Rendering.Transliterated))
                    yield return k;
            }
        }

        private IEnumerable<(int Bead, Rendering Rendering)> RenderingsByBead(WordFact word)
        {
            var bare = WithoutPossessive(word.Lower);
            IEnumerable<int> withWord = bare.Length == word.Lower.Length
                ? BeadsWith(word.Lower, context.Beads)
                : BeadsWith(word.Lower, context.Beads).Union(BeadsWith(bare, context.Beads));
            foreach (var k in withWord)
            {
                var bead = context.Beads[k];
                if (bead.IsUnpaired || IsLeftInThisScript(bead))
                    continue;
                var other = isSource ? context.Target.WordsOf(bead.Target, bead.TargetCount) : context.Source.WordsOf(bead.Source, bead.SourceCount);
                yield return (k, RenderingIn(word, other));
            }
        }

        /// <summary>
        /// Whether the other side of a bead is written in this side's script: left untranslated, it keeps every name
        /// as it was and says nothing of how the translation renders them.
        /// </summary>
        private bool IsLeftInThisScript(Bead bead)
        {
            var (other, first, count) = isSource ? (context.Target, bead.Target, bead.TargetCount) : (context.Source, bead.Source, bead.SourceCount);
            if (other.Script == Analysis.Script || Analysis.Script == Script.Other)
                return false;
            for (var s = first; s < first + count; s++)
            {
                if (!other[s].IsWrittenIn(Analysis.Script))
                    return false;
            }
            return true;
        }

        /// <summary>The beads whose side here has a word spelt <paramref name="lower"/>, in order, each once.</summary>
        public List<int> BeadsWith(string lower, ReadOnlySpan<Bead> beads)
        {
            if (_beadsByWord is null)
            {
                _beadsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var k = 0; k < beads.Length; k++)
                {
                    var (first, count) = isSource ? (beads[k].Source, beads[k].SourceCount) : (beads[k].Target, beads[k].TargetCount);
                    for (var s = first; s < first + count; s++)
                    {
                        foreach (var word in Analysis[s].Words)
                        {
                            var list = CollectionsMarshal.GetValueRefOrAddDefault(_beadsByWord, word.Lower, out _) ??= [];
                            if (list.Count == 0 || list[^1] != k)
                                list.Add(k);
                        }
                    }
                }
            }
            return _beadsByWord.TryGetValue(lower, out var found) ? found : [];
        }

        private static WordFact[] Distinct(IEnumerable<WordFact> words)
        {
            var seen = new HashSet<(string, bool, bool)>();
            return [.. words.Where(w => seen.Add((w.Lower, w.Capitalised, w.InCompound)))];
        }

        /// <summary>
        /// The words (in lower case) that a sentence capitalises where a capital means a name: inside the sentence,
        /// not at its start, and not in a title-case headline.
        /// </summary>
        public HashSet<string> CapitalisedInProse => _capitalisedInProse ??= ProseCapitals(Analysis, CapitalisesNouns);

        private HashSet<string>? _capitalisedInProse;

        /// <summary>
        /// The words (in lower case, without a possessive's "'s") that a sentence capitalises anywhere but at its
        /// start, headlines included.
        /// </summary>
        public HashSet<string> CapitalisedMidSentence => _capitalisedMidSentence ??= MidSentenceCapitals(Document);

        /// <summary>
        /// Whether the side writes a word with a capital in mid-sentence too; in Russian, in any case: a name opens
        /// the sentence in the nominative ("Байден утверждает…") and stands in mid-sentence in another case ("Джо
        /// Байдена"), so the form alone found a third of the names a translation into English dropped there.
        /// </summary>
        public bool IsCapitalisedMidSentence(string lower)
        {
            lower = WithoutPossessive(lower);
            if (CapitalisedMidSentence.Contains(lower))
                return true;
            if (Analysis.Language != "ru" || lower.Length < MinFormLength)
                return false;
            _formsMidSentence ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (_formsMidSentence.TryGetValue(lower, out var known))
                return known;
            var found = false;
            foreach (var capital in CapitalisedMidSentence)
            {
                if (IsCaseFormOf(capital, lower))
                {
                    found = true;
                    break;
                }
            }
            _formsMidSentence[lower] = found;
            return found;
        }

        private const int MinFormLength = 4;

        /// <summary>
        /// Whether two Russian words are one in different cases: all but the last letter of the shorter shared, and
        /// at most three letters after the shared start ("Байден", "Байдена"; "Москва", "Москве"). Not "Заметьте" and
        /// a title's "Заметки", which share a stem and are other words.
        /// </summary>
        private static bool IsCaseFormOf(string a, string b)
        {
            var shared = a.AsSpan().CommonPrefixLength(b);
            return shared >= Math.Max(MinFormLength, Math.Min(a.Length, b.Length) - 1) && Math.Max(a.Length, b.Length) - shared <= 3;
        }

        private Dictionary<string, bool>? _formsMidSentence;

        private HashSet<string>? _capitalisedMidSentence;

        /// <summary>
        /// Whether this side writes a word in lower case standing free at least as often as with a capital in
        /// mid-sentence. Standing free is not in a path, an address, a file's name or a compound ("debian/control",
        /// "packages.debian.org", "debian-policy"), where a name is written in lower case too.
        /// </summary>
        public bool IsWrittenMostlyInLowerCase(string lower)
        {
            _caseCounts ??= CaseCounts(Analysis.Document.Text, Document);
            return _caseCounts.TryGetValue(lower, out var counts) && counts.Lower > 0 && counts.Lower >= counts.Capitalised;
        }

        private Dictionary<string, (int Lower, int Capitalised)>? _caseCounts;

        private static Dictionary<string, (int Lower, int Capitalised)> CaseCounts(string text, ArraySegment<WordFact> words)
        {
            var counts = new Dictionary<string, (int Lower, int Capitalised)>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.Role != WordRole.Content || word.Listed)
                    continue;
                var lower = !word.Capitalised && StandsFree(text, word.Span);
                if (!lower && !word.CapitalisedInProse)
                    continue;
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word.Lower, out _);
                count = lower ? (count.Lower + 1, count.Capitalised) : (count.Lower, count.Capitalised + 1);
            }
            return counts;
        }

        private static bool StandsFree(string text, TextSpan span)
        {
            var start = span.Start;
            var end = span.Start + span.Length;
            if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('"' or '«' or '“' or '(' or '\''))
                return false;
            if (end == text.Length || char.IsWhiteSpace(text[end]))
                return true;
            return text[end] switch
            {
                ',' or ';' or ':' or '!' or '?' or ')' or '»' or '”' or '"' => true,
                '.' => end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]),
                _ => false,
            };
        }

        private static HashSet<string> MidSentenceCapitals(ArraySegment<WordFact> words)
        {
            var capitals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.CapitalisedInProse)
                    capitals.Add(WithoutPossessive(word.Lower));
            }
            return capitals;
        }

        private static HashSet<string> ProseCapitals(SideAnalysis analysis, bool capitalisesNouns)
        {
            var capitals = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < analysis.Document.SentenceCount; s++)
            {
                var facts = analysis[s];
                // Where every noun is capitalised, most sentences look like headlines: none is read as one.
                if (facts.IsTitleCase(analysis.KnowsWords) && !capitalisesNouns)
                    continue;
                foreach (var word in facts.Words)
                {
                    if (word.CapitalisedInProse)
                        capitals.Add(word.Lower);
                }
            }
            return capitals;
        }

        /// <summary>
        /// True when a word of the other side can be this name: the same word, a capitalised word that sounds like it,
        /// a lower-case one that sounds like it with an adjective's suffix ("Newport", "ньюпортское"), a word the
        /// lexicon gives as its translation, or its Russian exonym ("Beijing", "Пекин").
        /// </summary>
        public bool HasCounterpart(WordFact word, ArraySegment<WordFact> otherWords) => CounterpartIndex(word, otherWords) >= 0;

        /// <summary>
        /// How the other side's words render a name: by its sound (a capitalised word that sounds like it, the same
        /// word, or its exonym), failing that by a translation the lexicon gives, or not at all.
        /// </summary>
        public Rendering RenderingIn(WordFact word, ArraySegment<WordFact> otherWords)
        {
            var rendering = Rendering.None;
            foreach (var candidate in otherWords)
            {
                if (DocumentCounterparts.IsWrittenAs(word, candidate, exonyms, isEnglish))
                    return Rendering.Transliterated;
                if (candidate.LexiconId >= 0 && DocumentCounterparts.Translates(Analysis.Lexicon, word.LexiconId, candidate.LexiconId))
                    rendering = Rendering.Translated;
            }
            return rendering;
        }

        /// <summary>Where in <paramref name="otherWords"/> the first counterpart of a word at <paramref name="from"/> or after is (<see cref="HasCounterpart"/>); -1 if none.</summary>
        public int CounterpartIndex(WordFact word, ArraySegment<WordFact> otherWords, int from = 0)
        {
            for (var i = from; i < otherWords.Count; i++)
            {
                if (DocumentCounterparts.IsCounterpart(word, otherWords[i], Analysis.Lexicon, exonyms, isEnglish)
                    || (exonyms && !isEnglish && DottedAcronym(otherWords, i) is { } acronym && Organisations.IsEnglishAcronym(acronym)
                        && Organisations.Renders(acronym, word, capitals: false))
                    || IsHyphenatedNameWrittenAsOne(word, otherWords, i))
                    return i;
            }
            return -1;
        }

        /// <summary>
        /// A hyphenated name of the other side written here as one word ("Kai-Fu", "Кайфу"): the two parts joined
        /// sound like it.
        /// </summary>
        private static bool IsHyphenatedNameWrittenAsOne(WordFact word, ArraySegment<WordFact> words, int i)
        {
            if (i + 1 >= words.Count || !words[i].InCompound || !words[i].Capitalised || words[i + 1].Span.Start != words[i].Span.End + 1)
                return false;
            return NameMatcher.SoundsMatch(word.Sound, NameSound.Of(words[i].Lower + words[i + 1].Lower));
        }

        /// <summary>
        /// An acronym written with full stops ("U.K.", "U.N."), which the scanner reads as one-letter words, as the
        /// one word it stands for; null where no such acronym starts at <paramref name="i"/>.
        /// </summary>
        private static WordFact? DottedAcronym(ArraySegment<WordFact> words, int i)
        {
            if (i + 1 >= words.Count || !IsLetterOfAcronym(words[i]) || !IsLetterOfAcronym(words[i + 1])
                    || words[i + 1].Span.Start != words[i].Span.Start + 2)
                return null;
            return words[i] with { Lower = words[i].Lower + words[i + 1].Lower, LeadingCapitals = 2, AllCaps = true };
        }

        private static bool IsLetterOfAcronym(WordFact word) => word.Span.Length == 1 && word.AllCaps;
    }
}
