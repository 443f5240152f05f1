using System.Runtime.InteropServices;

namespace Sverka.Core.Checking;

/// <summary>
/// Decides whether two full consonant skeletons (<see cref="Scoring.NameSkeleton.BuildFull"/>) can be one name
/// written in two alphabets. Looser than the aligner's four-consonant key, because romanisations differ by a
/// consonant: "Hamburg" keeps no h where "Гамбург" has a g, "Welsh" starts with w where "Уэльс" has a vowel,
/// "Dwyer" has a w that "Дуайер" writes as a vowel, "Texas" an x where "Техас" has kh; and case endings differ
/// ("Байдена"). So the first consonants are compared with one edit allowed, also without the semivowel v and
/// without a first sound one alphabet drops.
/// </summary>
internal static class NameMatcher
{
    internal const int Compared = 4;

    // A lower-case word is matched only when both are this long, and within this share of the distance a name is.
    // Four letters let a short term borrowed as a common noun through ("Wiki", "вики", three times in Debian's
    // Installation Guide); the defect bench and the untouched NTREX pairs came out the same with four as with five.
    private const int MinLowerCaseLength = 4;
    private const float LowerCaseShare = 0.6f;

    /// <summary>The most letters of an inflectional ending dropped from a word.</summary>
    private const int MaxEnding = 3;

    public static bool SkeletonsMatch(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
            return false;
        if (Close(a, b))
            return true;
        // A variant that leaves two consonants says too little to match on. Close reads no further than a variant's
        // first Compared + 1 letters once both have three, so only those are written out, and no string is made.
        Span<char> aHeads = stackalloc char[MaxVariants * HeadLetters];
        Span<char> bHeads = stackalloc char[MaxVariants * HeadLetters];
        Span<int> aLengths = stackalloc int[MaxVariants];
        Span<int> bLengths = stackalloc int[MaxVariants];
        var aCount = VariantHeads(a, aHeads, aLengths);
        var bCount = VariantHeads(b, bHeads, bLengths);
        for (var i = 0; i < aCount; i++)
        {
            var x = aHeads.Slice(i * HeadLetters, Math.Min(aLengths[i], HeadLetters));
            for (var j = 0; j < bCount; j++)
            {
                if (Close(x, bHeads.Slice(j * HeadLetters, Math.Min(bLengths[j], HeadLetters))))
                    return true;
            }
        }
        return false;
    }

    private const int HeadLetters = Compared + 1;

    /// <summary>
    /// Writes the first <see cref="HeadLetters"/> letters of each of the skeleton's variants (<see cref="VariantsOf"/>)
    /// of three letters or more into <paramref name="heads"/>, one variant every <see cref="HeadLetters"/>, and
    /// their whole lengths into <paramref name="lengths"/>; returns how many.
    /// </summary>
    private static int VariantHeads(string skeleton, Span<char> heads, Span<int> lengths)
    {
        var count = 0;
        Span<char> letters = stackalloc char[HeadLetters];
        Span<(int From, Rewrite Rewrite)> variants = stackalloc (int, Rewrite)[MaxVariants];
        foreach (var (from, rewrite) in variants[..VariantsOf(skeleton, variants)])
        {
            var length = WriteVariant(skeleton, from, rewrite, letters);
            if (length < 3)
                continue;
            letters[..Math.Min(length, HeadLetters)].CopyTo(heads[(count * HeadLetters)..]);
            lengths[count++] = length;
        }
        return count;
    }

    /// <summary>
    /// Writes the spellings a skeleton is also compared as, each as a way to read it (from which letter, with what
    /// rewritten), into <paramref name="variants"/> (room for <see cref="MaxVariants"/>); returns how many. Callers
    /// write a variant out only as far as they compare it (<see cref="WriteVariant"/>), and skip those too short.
    /// </summary>
    private static int VariantsOf(string skeleton, Span<(int From, Rewrite Rewrite)> variants)
    {
        var count = 0;
        variants[count++] = (0, Rewrite.None);
        // The semivowel: "Dwyer", "Дуайер".
        if (skeleton.Contains('v', StringComparison.Ordinal))
            variants[count++] = (0, Rewrite.DropV);
        // English g before e and i is "дж": "Virginia", "Вирджиния".
        if (skeleton.Contains("dj", StringComparison.Ordinal))
            variants[count++] = (0, Rewrite.DjAsG);
        // A first sound one alphabet writes and the other drops or writes as a vowel: H/Г, W/У, J/Ю, the vowel mark.
        if (skeleton.Length >= 3 && skeleton[0] is 'a' or 'g' or 'v' or 'k' or 'd')
            variants[count++] = (1, Rewrite.None);
        return count;
    }

    /// <summary>
    /// Writes the variant read from letter <paramref name="from"/> with <paramref name="rewrite"/> into
    /// <paramref name="letters"/>, as much of it as fits; returns its whole length.
    /// </summary>
    private static int WriteVariant(string skeleton, int from, Rewrite rewrite, Span<char> letters)
    {
        var length = 0;
        for (var i = from; i < skeleton.Length; i++)
        {
            var letter = skeleton[i];
            if (rewrite == Rewrite.DropV && letter == 'v')
                continue;
            if (rewrite == Rewrite.DjAsG && letter == 'd' && i + 1 < skeleton.Length && skeleton[i + 1] == 'j')
            {
                letter = 'g';
                i++;
            }
            if (length < letters.Length)
                letters[length] = letter;
            length++;
        }
        return length;
    }

    /// <summary>
    /// A stricter match for words written in lower case on the other side, where a skeleton meets many common
    /// words by chance: at least three consonants each, the first ones equal ("Methodist", "методистской";
    /// "Kurdish", "курдских"). The rule for one pair; the checks ask it of many skeletons at once through
    /// <see cref="StrongMatchIndex"/>, which must answer as this does.
    /// </summary>
    internal static bool StrongMatch(string a, string b)
    {
        Span<int> aStarts = stackalloc int[MaxVariants];
        Span<int> bStarts = stackalloc int[MaxVariants];
        aStarts = aStarts[..VariantStarts(a, aStarts)];
        bStarts = bStarts[..VariantStarts(b, bStarts)];
        foreach (var x in aStarts)
        {
            foreach (var y in bStarts)
            {
                if (Math.Min(StartLength(x), StartLength(y)) == 3 ? ThreeLetters(x) == ThreeLetters(y) : FourLetters(x) == FourLetters(y))
                    return true;
            }
        }
        return false;
    }

    // StrongMatch compares the first min(4, both lengths) letters of two variants, at least three, and it is asked
    // of every pair of words of a bead: so each variant is read as its first four letters packed into an int, seven
    // bits a letter (skeletons are lower-case ASCII), with how many of them there are (3 or 4) above them. No string
    // is made for a variant, and an index files the starts as ints.
    private const int MaxVariants = 4;
    private const int LetterBits = 7;
    private const int LettersMask = (1 << (Compared * LetterBits)) - 1;

    /// <summary>
    /// Writes the starts of the skeleton's variants (<see cref="VariantsOf"/>) that have three letters or more into
    /// <paramref name="starts"/> (room for <see cref="MaxVariants"/>); returns how many.
    /// </summary>
    private static int VariantStarts(string skeleton, Span<int> starts)
    {
        Span<char> heads = stackalloc char[MaxVariants * HeadLetters];
        Span<int> lengths = stackalloc int[MaxVariants];
        var count = VariantHeads(skeleton, heads, lengths);
        for (var v = 0; v < count; v++)
        {
            var letters = Math.Min(lengths[v], Compared);
            var packed = 0;
            for (var k = 0; k < letters; k++)
                packed |= (heads[v * HeadLetters + k] & 0x7F) << ((Compared - 1 - k) * LetterBits);
            starts[v] = (letters << (Compared * LetterBits)) | packed;
        }
        return count;
    }

    private enum Rewrite
    {
        None,
        DropV,
        DjAsG,
    }

    private static int StartLength(int start) => start >> (Compared * LetterBits);

    private static int FourLetters(int start) => start & LettersMask;

    private static int ThreeLetters(int start) => (start & LettersMask) >> LetterBits;

    /// <summary>
    /// Indexes skeletons so that <see cref="StrongMatchesAny"/> answers what <see cref="StrongMatch"/> against each
    /// of them would, by lookups rather than comparisons: a common word asks this of every sentence of a sample.
    /// </summary>
    internal sealed class StrongMatchIndex
    {
        private readonly HashSet<int> _keys;

        /// <summary>An index sized for about <paramref name="skeletons"/> skeletons.</summary>
        public StrongMatchIndex(int skeletons = 0) => _keys = new HashSet<int>(2 * skeletons);

        /// <summary>Adds a skeleton of the other side.</summary>
        public void Add(string skeleton)
        {
            Span<int> keys = stackalloc int[MaxKeys];
            foreach (var key in keys[..FileKeys(skeleton, keys)])
                _keys.Add(key);
        }

        /// <summary>
        /// Whether <see cref="StrongMatch"/> holds for <paramref name="skeleton"/> and a skeleton added. Two variants
        /// match on their first min(4, both lengths) letters, at least three: a three-letter variant on either side
        /// needs the other's first three, two longer ones their first four.
        /// </summary>
        public bool StrongMatchesAny(string skeleton)
        {
            Span<int> keys = stackalloc int[MaxKeys];
            foreach (var key in keys[..QueryKeys(skeleton, keys)])
            {
                if (_keys.Contains(key))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// The keys under which this index, and one that files the same keys with more beside them
        /// (<see cref="SampledCounterparts"/>), files a skeleton: for each variant, its first three letters, and its
        /// first four or, for a variant of three letters, the three as a variant of their own.
        /// </summary>
        public static int FileKeys(string skeleton, Span<int> keys)
        {
            Span<int> starts = stackalloc int[MaxVariants];
            var count = 0;
            foreach (var start in starts[..VariantStarts(skeleton, starts)])
            {
                keys[count++] = ThreeLettersKey(ThreeLetters(start));
                keys[count++] = StartLength(start) == 3 ? ThreeLetterVariantKey(ThreeLetters(start)) : FourLetters(start);
            }
            return count;
        }

        /// <summary>
        /// The keys a skeleton asks an index filed by <see cref="FileKeys"/> for: for a variant of three letters, the
        /// three-letter starts; for a longer one, the three-letter variants and the four-letter starts.
        /// </summary>
        public static int QueryKeys(string skeleton, Span<int> keys)
        {
            Span<int> starts = stackalloc int[MaxVariants];
            var count = 0;
            foreach (var start in starts[..VariantStarts(skeleton, starts)])
            {
                if (StartLength(start) == 3)
                {
                    keys[count++] = ThreeLettersKey(ThreeLetters(start));
                    continue;
                }
                keys[count++] = ThreeLetterVariantKey(ThreeLetters(start));
                keys[count++] = FourLetters(start);
            }
            return count;
        }

        /// <summary>Room enough for <see cref="FileKeys"/> and <see cref="QueryKeys"/>.</summary>
        public const int MaxKeys = 2 * MaxVariants;

        // Four letters fill the low 28 bits; three letters (21 bits) are told apart from them, and a start of three
        // from a variant of three, by a bit above.
        private static int ThreeLettersKey(int threeLetters) => (1 << 29) | threeLetters;

        private static int ThreeLetterVariantKey(int threeLetters) => (1 << 30) | threeLetters;
    }

    /// <summary>
    /// Narrows the skeletons <see cref="SkeletonsMatch"/> must be asked about to those that can match, by lookups:
    /// a common name asks it of every skeleton of a sample of sentences. Two skeletons match only where variants of
    /// them are within one edit of each other over their first consonants, and one edit leaves at least one of the
    /// first two letters of one string among the first two of the other. So each variant of an added skeleton is
    /// filed under its first two letters, and a skeleton's candidates are those filed under the first two letters
    /// of one of its own variants: a superset of its matches, which the caller then asks one by one.
    /// </summary>
    internal sealed class SkeletonLeadIndex
    {
        private readonly Dictionary<char, List<int>> _byLead = [];
        private int[] _marks = [];
        private int _mark;
        private int _idCount;

        /// <summary>Files skeleton number <paramref name="id"/>; ids are given in increasing order.</summary>
        public void Add(string skeleton, int id)
        {
            _idCount = Math.Max(_idCount, id + 1);
            Span<char> leads = stackalloc char[2 * MaxVariants];
            foreach (var lead in leads[..VariantLeads(skeleton, leads)])
                File(lead, id);
        }

        /// <summary>The first two letters of each variant of two letters or more, one after another; returns how many letters.</summary>
        private static int VariantLeads(string skeleton, Span<char> leads)
        {
            Span<(int From, Rewrite Rewrite)> variants = stackalloc (int, Rewrite)[MaxVariants];
            var count = 0;
            foreach (var (from, rewrite) in variants[..VariantsOf(skeleton, variants)])
            {
                if (WriteVariant(skeleton, from, rewrite, leads.Slice(count, 2)) >= 2)
                    count += 2;
            }
            return count;
        }

        private void File(char lead, int id)
        {
            var ids = CollectionsMarshal.GetValueRefOrAddDefault(_byLead, lead, out _) ??= [];
            if (ids.Count == 0 || ids[^1] != id)
                ids.Add(id);
        }

        /// <summary>Puts into <paramref name="candidates"/> the ids of the skeletons that may match <paramref name="skeleton"/>, each once.</summary>
        public void Candidates(string skeleton, List<int> candidates)
        {
            candidates.Clear();
            if (_marks.Length < _idCount)
                _marks = new int[Math.Max(_idCount, 2 * _marks.Length)];
            _mark++;
            Span<char> leads = stackalloc char[2 * MaxVariants];
            foreach (var lead in leads[..VariantLeads(skeleton, leads)])
            {
                if (!_byLead.TryGetValue(lead, out var ids))
                    continue;
                foreach (var id in ids)
                {
                    if (_marks[id] == _mark)
                        continue;
                    _marks[id] = _mark;
                    candidates.Add(id);
                }
            }
        }
    }

    /// <summary>
    /// True when two sounds (<see cref="NameSound"/>) can be one name in two alphabets: a weighted edit distance in
    /// which vowels and the consonants transliteration confuses (c/s/z, г/h, w/у/в, ч/к) cost little, and up to
    /// three letters of an inflectional ending on either word ("Байденом", "Germans") almost nothing. The distance
    /// allowed grows with the length of the name, from under one consonant for "Webb" to two for "Kavanaugh".
    /// </summary>
    public static bool SoundsMatch(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
            return false;
        var allowed = Allowed(Math.Min(a.Length, b.Length));
        if (Distance(a, b, allowed) <= allowed)
            return true;
        // The r of a final -ier is silent in French names ("Fournier", "Фурнье"; "Olivier", "Оливье") and sounded in
        // English ones ("Premier", "премьер"), so the sound keeps it and the match may do without it.
        if (IsSilentR(a, b) || IsSilentR(b, a))
            return true;
        // A name made an adjective keeps its capital in a title ("Гарвардском университете", "Westminster"), and
        // English makes adjectives and demonyms of names too ("Congressional", "Конгресса"; "Tennessean",
        // "Теннесси").
        var aStem = WithoutAdjectiveSuffix(WithoutEnglishSuffix(a));
        var bStem = WithoutAdjectiveSuffix(WithoutEnglishSuffix(b));
        if (StemsMatch(aStem, bStem, a, b))
            return true;
        // "Tibetan", "Тибетского": a plain -an is cut only against a word with an adjective's suffix, as many names end
        // in -an ("Freeman", "Фримен") and a surname has no -ск- to answer it.
        var aAdjective = WithoutAdjectiveSuffix(a);
        var bAdjective = WithoutAdjectiveSuffix(b);
        return (aAdjective.Length != a.Length && DemonymStem(b) is { } bDemonym && StemsMatch(aAdjective, bDemonym, a, b))
            || (bAdjective.Length != b.Length && DemonymStem(a) is { } aDemonym && StemsMatch(aDemonym, bAdjective, a, b));
    }

    private static bool StemsMatch(string aStem, string bStem, string a, string b)
    {
        // A stem of three sounds is enough when the name itself has four ("Yale", "Йельском").
        if ((aStem.Length == a.Length && bStem.Length == b.Length) || Math.Min(aStem.Length, bStem.Length) < 3
                || Math.Max(aStem.Length, bStem.Length) < 4)
            return false;
        var stemAllowed = Allowed(Math.Min(aStem.Length, bStem.Length));
        return Distance(aStem, bStem, stemAllowed) <= stemAllowed;
    }

    /// <summary>
    /// True when two long names begin with the same sounds: a rendering with a slip of the pen keeps the start of
    /// the name ("Deptford", "Депфорт"; "Dechambeau", "Дечебмо"), and so does a clipped compound ("General Assembly",
    /// "Генассамблее"). Six sounds or more each, so that a short name is not taken for another that starts alike.
    /// </summary>
    public static bool StartsAlike(string a, string b)
    {
        const int Start = 3;
        if (a.Length < 6 || b.Length < 6)
            return false;
        Span<float> table = stackalloc float[(Start + 1) * (Start + 1)];
        const float MaxCost = 0.3f;
        return Fill(a[..Start], b[..Start], table, MaxCost) == Start + 1 && table[^1] <= MaxCost;
    }

    /// <summary>
    /// A stricter match for a lower-case word of the other side, where a name is a demonym or an adjective
    /// ("Newport", "ньюпортское"; "Kurdish", "курдских"): the name must be long enough to mean something, and may
    /// be followed on the other side by an adjective suffix (-ск-, -ц-) as well as an ending.
    /// </summary>
    public static bool SoundsMatchLowerCase(string name, string word)
    {
        if (name.Length < MinLowerCaseLength || word.Length < MinLowerCaseLength)
            return false;
        var allowed = Allowed(name.Length) * LowerCaseShare;
        // A word with no suffix to cut is not measured again.
        var adjective = WithoutAdjectiveSuffix(word);
        var feminine = WithoutFeminineSuffix(word);
        if (Distance(name, word, allowed) <= allowed || (!ReferenceEquals(adjective, word) && Distance(name, adjective, allowed) <= allowed)
                || (!ReferenceEquals(feminine, word) && Distance(name, feminine, allowed) <= allowed))
            return true;
        // An English demonym or adjective against the Russian one: "Kurdish", "курдские"; "Californian", "калифорниец".
        var stem = WithoutEnglishSuffix(name);
        if (stem.Length != name.Length && stem.Length >= 4)
        {
            var stemAllowed = Allowed(stem.Length) * LowerCaseShare;
            if (Distance(stem, adjective, stemAllowed) <= stemAllowed)
                return true;
        }
        // "Tibetan", "тибетский": a plain -an is cut only against a Russian word with an adjective's suffix, as many
        // names end in -an ("Freeman", "Фримен") and a surname has no -ск- to answer it.
        if (ReferenceEquals(adjective, word) || DemonymStem(name) is not { } anStem)
            return false;
        var anAllowed = Allowed(anStem.Length) * LowerCaseShare;
        return Distance(anStem, adjective, anAllowed) <= anAllowed;
    }

    /// <summary>A name in a plain -an ("Tibetan") without it, or null: -ian and -ean are <see cref="WithoutEnglishSuffix"/>'s.</summary>
    private static string? DemonymStem(string sound) =>
        sound.Length >= 6 && sound.EndsWith("an", StringComparison.Ordinal) && sound[^3] is not ('i' or 'e') ? sound[..^2] : null;

    /// <summary>
    /// Answers <see cref="SoundsMatchLowerCase"/> of one name against every word added at once (<see cref="SoundFormTrie"/>):
    /// the checks ask it of every name a bead lacks, against every lower-case word of the other document.
    /// </summary>
    internal sealed class LowerCaseSoundIndex
    {
        // What a form may be compared with: the whole name, and the name without its English suffix.
        private const byte NameTarget = 1;
        private const byte StemTarget = 2;
        // A word's adjective stem where it has an adjective's suffix to cut: what a name's plain -an stem is compared with.
        private const byte AdjectiveTarget = 4;

        private readonly SoundFormTrie _forms = new();

        /// <summary>Adds the sound of a lower-case word of the other side.</summary>
        public void Add(string sound)
        {
            if (sound.Length < MinLowerCaseLength)
                return;
            // The rule compares the name with the word and with its adjective and feminine stems, and the name's
            // English stem with the word's adjective stem, which is the word itself when it has no such suffix.
            var adjective = WithoutAdjectiveSuffix(sound);
            var feminine = WithoutFeminineSuffix(sound);
            _forms.Insert(sound, (byte)(NameTarget | (adjective.Length == sound.Length ? StemTarget : 0)));
            if (adjective.Length != sound.Length)
                _forms.Insert(adjective, NameTarget | StemTarget | AdjectiveTarget);
            if (feminine.Length != sound.Length)
                _forms.Insert(feminine, NameTarget);
        }

        /// <summary>Whether <see cref="SoundsMatchLowerCase"/> holds for the sound of a name and some word added.</summary>
        public bool MatchesAny(string name)
        {
            if (name.Length < MinLowerCaseLength || _forms.IsEmpty)
                return false;
            if (_forms.Search(name, Allowed(name.Length) * LowerCaseShare, NameTarget, static _ => true))
                return true;
            var stem = WithoutEnglishSuffix(name);
            if (stem.Length != name.Length && stem.Length >= 4
                    && _forms.Search(stem, Allowed(stem.Length) * LowerCaseShare, StemTarget, static _ => true))
                return true;
            return DemonymStem(name) is { } anStem && _forms.Search(anStem, Allowed(anStem.Length) * LowerCaseShare, AdjectiveTarget, static _ => true);
        }
    }

    /// <summary>
    /// Answers <see cref="SoundsMatch"/> of one name against every name added at once. The distance a pair may have
    /// depends on the shorter of the two, at most the query's own allowance, so the trie finds the names within that
    /// allowance of the query (or of its stem) and each is then asked exactly.
    /// </summary>
    internal sealed class NameSoundIndex
    {
        private const byte WholeTarget = 1;
        private const byte StemTarget = 2;

        private readonly SoundFormTrie _forms = new();

        // The names that end at each node of the trie as a whole form or a stem.
        private readonly Dictionary<int, List<string>> _namesAt = [];

        /// <summary>Adds the sound of a name of the other side.</summary>
        public void Add(string sound)
        {
            if (sound.Length < 2)
                return;
            File(_forms.Insert(sound, WholeTarget), sound);
            // A French -ier may match without its silent r (IsSilentR).
            if (sound.EndsWith("ier", StringComparison.Ordinal))
                File(_forms.Insert(sound[..^1], WholeTarget), sound);
            var stem = WithoutAdjectiveSuffix(WithoutEnglishSuffix(sound));
            File(_forms.Insert(stem, StemTarget), sound);
        }

        private void File(int node, string sound)
        {
            var names = CollectionsMarshal.GetValueRefOrAddDefault(_namesAt, node, out _) ??= [];
            names.Add(sound);
        }

        /// <summary>Whether <see cref="SoundsMatch"/> holds for <paramref name="name"/> and some name added.</summary>
        public bool MatchesAny(string name)
        {
            if (name.Length < 2 || _forms.IsEmpty)
                return false;
            Predicate<int> matches = node => _namesAt[node].Exists(other => SoundsMatch(name, other));
            // The whole names within the query's allowance, then the stems within its stem's: a pair's own
            // allowance is that of the shorter, never more.
            if (_forms.Search(name, Allowed(name.Length), WholeTarget, matches))
                return true;
            if (name.EndsWith("ier", StringComparison.Ordinal) && _forms.Search(name[..^1], Allowed(name.Length - 1), WholeTarget, matches))
                return true;
            var stem = WithoutAdjectiveSuffix(WithoutEnglishSuffix(name));
            if (stem.Length >= 3 && _forms.Search(stem, Allowed(stem.Length), StemTarget, matches))
                return true;
            // A plain -an demonym against a name's adjective stem, and a Russian adjective against a name in -an, whose
            // -an the stems added keep.
            if (DemonymStem(name) is { } demonym && _forms.Search(demonym, Allowed(demonym.Length), StemTarget, matches))
                return true;
            var adjective = WithoutAdjectiveSuffix(name);
            return adjective.Length != name.Length && adjective.Length >= 3 && _forms.Search(adjective + "an", Allowed(adjective.Length), WholeTarget | StemTarget, matches);
        }
    }

    /// <summary>
    /// Sound forms in a trie, walked against a query with one column of the weighted edit distance table per letter
    /// (the same cells <see cref="Fill"/> computes row by row): forms that share a start share its columns, and a
    /// branch is left as soon as no form below it can come within the limit. Costs never fall from one column to
    /// the next, so a branch is done once its column is above the limit, unless a form below could drop an ending
    /// (<see cref="Endings"/>) that reaches back above it.
    /// </summary>
    private sealed class SoundFormTrie
    {
        private readonly List<TrieNode> _nodes = [new TrieNode('\0')];
        private int _depth;

        private struct TrieNode(char letter)
        {
            public readonly char Letter = letter;
            public int FirstChild = -1;
            public int NextSibling = -1;
            public byte Targets;
        }

        public bool IsEmpty => _nodes[0].FirstChild < 0;

        /// <summary>Adds a form for the given targets; returns the node it ends at.</summary>
        public int Insert(string form, byte targets)
        {
            var node = 0;
            foreach (var letter in form)
            {
                var child = _nodes[node].FirstChild;
                while (child >= 0 && _nodes[child].Letter != letter)
                    child = _nodes[child].NextSibling;
                if (child < 0)
                {
                    child = _nodes.Count;
                    _nodes.Add(new TrieNode(letter) { NextSibling = _nodes[node].FirstChild });
                    CollectionsMarshal.AsSpan(_nodes)[node].FirstChild = child;
                }
                node = child;
            }
            CollectionsMarshal.AsSpan(_nodes)[node].Targets |= targets;
            _depth = Math.Max(_depth, form.Length);
            return node;
        }

        /// <summary>
        /// Whether some form for <paramref name="target"/> is within <paramref name="limit"/> of <paramref name="query"/>
        /// by <see cref="Distance"/>, and <paramref name="accept"/> takes the node it ends at.
        /// </summary>
        public bool Search(string query, float limit, byte target, Predicate<int> accept)
        {
            // Each letter of a form beyond the query's length is inserted, at 0.3 at least, so a column that far
            // below the query's length is above the limit, and so is any form that reads it through an ending: no
            // form longer than this can match, and a run of letters thousands long (a URL, a line of base64) is
            // never walked or given columns.
            var reach = Math.Min(_depth, query.Length + (int)(limit / MinIndel) + MaxEnding + 1);
            var rows = query.Length + 1;
            var columns = new float[(reach + 1) * rows];
            var minima = new float[reach + 1];
            var path = new char[reach];
            var queryEndings = new float[MaxEnding + 1];
            Endings(query, queryEndings);
            var queryIndels = new float[rows];
            for (var i = 1; i < rows; i++)
            {
                queryIndels[i] = Indel(query[i - 1]);
                columns[i] = columns[i - 1] + queryIndels[i];
            }
            return Descend(0, 0);

            bool Descend(int node, int depth)
            {
                if (depth == reach)
                    return false;
                for (var child = _nodes[node].FirstChild; child >= 0; child = _nodes[child].NextSibling)
                {
                    var letter = _nodes[child].Letter;
                    path[depth] = letter;
                    var previous = columns.AsSpan(depth * rows, rows);
                    var column = columns.AsSpan((depth + 1) * rows, rows);
                    var letterIndel = Indel(letter);
                    column[0] = previous[0] + letterIndel;
                    var minimum = column[0];
                    for (var i = 1; i < rows; i++)
                    {
                        var substitution = previous[i - 1] + Substitution(query[i - 1], letter);
                        var deletion = column[i - 1] + queryIndels[i];
                        var insertion = previous[i] + letterIndel;
                        column[i] = Math.Min(substitution, Math.Min(deletion, insertion));
                        minimum = Math.Min(minimum, column[i]);
                    }
                    minima[depth + 1] = minimum;
                    if ((_nodes[child].Targets & target) != 0 && Within(depth + 1) && accept(child))
                        return true;
                    // A form below reads this column or a later one, or an earlier one through an ending of two
                    // or three letters dropped from its end, which must then begin with this letter or the one before.
                    var beyond = minimum > limit
                        && (!MayBeginLongEnding(letter) || minima[depth] > limit)
                        && (depth < 1 || !IsEndingLetter(path[depth - 1]) || !IsEndingLetter(letter) || minima[depth - 1] > limit);
                    if (!beyond && Descend(child, depth + 1))
                        return true;
                }
                return false;
            }

            // What Distance(query, form) <= limit says of the form spelt by the path down to this depth.
            bool Within(int length)
            {
                Span<float> formEndings = stackalloc float[MaxEnding + 1];
                Endings(path.AsSpan(0, length), formEndings);
                for (var i = 0; i <= MaxEnding; i++)
                {
                    for (var j = 0; j <= MaxEnding; j++)
                    {
                        if (queryEndings[i] < float.MaxValue && formEndings[j] < float.MaxValue
                                && columns[(length - j) * rows + query.Length - i] + queryEndings[i] + formEndings[j] <= limit)
                            return true;
                    }
                }
                return false;
            }
        }
    }

    /// <summary>
    /// Whether an English word sounds like an adjective or a demonym made from a name ("British", "Syrians",
    /// "Chinese"), which Russian writes in lower case.
    /// </summary>
    public static bool IsDemonym(string sound)
    {
        var singular = sound.Length > 1 && sound[^1] == 's' ? sound[..^1] : sound;
        return WithoutEnglishSuffix(singular).Length != singular.Length;
    }

    /// <summary>
    /// Cuts the English suffix that makes an adjective or a demonym of a name: -ish ("Kurdish"), -ional
    /// ("Congressional"), the n of -ian and -ean ("Californian", "Tennessean"), -ese ("Chinese").
    /// </summary>
    private static string WithoutEnglishSuffix(string sound)
    {
        if (sound.Length >= 6 && sound.EndsWith("ix", StringComparison.Ordinal))
            return sound[..^2];
        if (sound.Length >= 8 && sound.EndsWith("ional", StringComparison.Ordinal))
            return sound[..^5];
        if (sound.Length >= 5 && sound.EndsWith("ian", StringComparison.Ordinal))
            return sound[..^1];
        // "Chilean", "Чили"; "European", "Европы": the e is the name's own.
        if (sound.Length >= 6 && sound.EndsWith("ean", StringComparison.Ordinal))
            return sound[..^2];
        if (sound.Length >= 6 && sound.EndsWith("ese", StringComparison.Ordinal))
            return sound[..^3];
        return sound;
    }

    private static bool IsSilentR(string withR, string without)
    {
        if (withR.Length < 5 || !withR.EndsWith("ier", StringComparison.Ordinal) || !without.EndsWith("ie", StringComparison.Ordinal))
            return false;
        var shorter = withR[..^1];
        var allowed = Allowed(Math.Min(shorter.Length, without.Length));
        return Distance(shorter, without, allowed) <= allowed;
    }

    private static float Allowed(int length) => 0.15f * length + 0.3f;

    /// <summary>Cuts a Russian adjective or demonym suffix and what follows it: "ньюпортское" to "ньюпорт".</summary>
    private static string WithoutAdjectiveSuffix(string word)
    {
        for (var i = Math.Max(3, word.Length - 6); i < word.Length; i++)
        {
            // -ск- takes an adjective's ending of two letters or more (-ская, -ском); "Пласко" and "Таневски" are
            // names. The demonym's -ец may end the word ("калифорниец").
            if ((word[i] == 's' && i + 1 < word.Length && word[i + 1] == 'k' && word.Length - i - 2 >= 2) || (word[i] == 'c' && i + 1 >= word.Length - 3))
                return word[..i];
            // -н- with an adjective's ending: "Элитной", Elite; "Арктическ-" has -ск- already.
            if (word[i] == 'n' && i >= 4 && i + 1 >= word.Length - 3 && IsAdjectiveEnding(word.AsSpan(i + 1)))
                return word[..i];
        }
        return word;
    }

    /// <summary>
    /// Cuts the -к- that makes a woman of a Russian demonym, and its ending: "филиппинку" to "филиппин" ("Filipino"),
    /// "американка" to "американ".
    /// </summary>
    private static string WithoutFeminineSuffix(string word)
    {
        for (var i = Math.Max(4, word.Length - 4); i < word.Length - 1; i++)
        {
            if (word[i] == 'k' && IsAllEndingLetters(word.AsSpan(i + 1)))
                return word[..i];
        }
        return word;
    }

    private static bool IsAllEndingLetters(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!IsEndingLetter(c))
                return false;
        }
        return true;
    }

    /// <summary>The sound of a Russian adjective's ending: -ой, -ый, -ая, -ое, -ого, -ому, -ых, -ым, -ую, -ые, -ей.</summary>
    private static bool IsAdjectiveEnding(ReadOnlySpan<char> rest) =>
        rest is "oi" or "ii" or "aia" or "oe" or "ogo" or "omu" or "ih" or "im" or "uiu" or "ie" or "ei";

    /// <summary>
    /// The smallest distance with an ending dropped from either side or both: an English plural meets a Russian
    /// case ending ("Eurosceptics", "Евроскептиков"). Exact up to <paramref name="limit"/>; above it, only known to
    /// be above it, which is all a caller asks.
    /// </summary>
    internal static float Distance(string a, string b, float limit)
    {
        var size = (a.Length + 1) * (b.Length + 1);
        Span<float> table = size <= 2048 ? stackalloc float[size] : new float[size];
        var rows = Fill(a, b, table, limit);
        // Stopped above the limit before any row an ending may leave: no ending brings it back.
        if (rows <= a.Length - MaxEnding)
            return float.MaxValue;
        var columns = b.Length + 1;
        Span<float> aEndings = stackalloc float[MaxEnding + 1];
        Span<float> bEndings = stackalloc float[MaxEnding + 1];
        Endings(a, aEndings);
        Endings(b, bEndings);
        var best = float.MaxValue;
        for (var i = 0; i <= MaxEnding; i++)
        {
            for (var j = 0; j <= MaxEnding; j++)
            {
                if (aEndings[i] < float.MaxValue && bEndings[j] < float.MaxValue && a.Length - i < rows)
                    best = Math.Min(best, table[(a.Length - i) * columns + b.Length - j] + aEndings[i] + bEndings[j]);
            }
        }
        return best;
    }

    /// <summary>
    /// What dropping the last k letters of a word costs, for k up to <see cref="MaxEnding"/>; MaxValue where they are
    /// no ending. Inflectional endings cost almost nothing; so does the g of a final ng, which Russian leaves out
    /// of Chinese and Korean names ("Xining", "Синин"; "Yong", "Юн").
    /// </summary>
    private static void Endings(ReadOnlySpan<char> word, Span<float> costs)
    {
        costs.Fill(float.MaxValue);
        costs[0] = 0;
        for (var k = 1; k <= MaxEnding && word.Length - k >= 2 && IsEndingLetter(word[^k]); k++)
            costs[k] = 0.1f * k;
        if (word.Length >= 4 && word[^1] == 'g' && word[^2] == 'n')
            costs[1] = Math.Min(costs[1], 0.2f);
        // French leaves a final d or t unsaid after a vowel or r, and Russian does not write it: "Hazard", "Азар";
        // "Bouchard", "Бушар"; "Lehaucourt", "Лёукур".
        if (word.Length >= 4 && word[^1] is 'd' or 't' && (NameSound.IsVowel(word[^2]) || word[^2] == 'r'))
            costs[1] = Math.Min(costs[1], 0.2f);
        // So is a final x after a vowel: "Prix", "При"; "Giroux", "Жиру". Not in a short name: "Max" is "Макс".
        if (word.Length >= 5 && word[^1] == 's' && word[^2] == 'k' && NameSound.IsVowel(word[^3]))
            costs[2] = Math.Min(costs[2], 0.3f);
    }

    /// <summary>Whether an ending of two or three letters dropped by <see cref="Endings"/> may begin with this letter: the x of "Prix" too.</summary>
    private static bool MayBeginLongEnding(char c) => IsEndingLetter(c) || c == 'k';

    /// <summary>The letters Russian and English inflectional endings are made of: -ом, -ами, -ов, -ах, -ей, -s.</summary>
    private static bool IsEndingLetter(char c) => NameSound.IsVowel(c) || c is 'm' or 'v' or 'h' or 's';

    /// <summary>
    /// Fills the weighted edit distance table of <paramref name="a"/> against <paramref name="b"/>, row by row, and
    /// returns how many rows it filled. It stops once a row's smallest cell exceeds <paramref name="limit"/>: costs
    /// are never negative, so every later row's cells exceed it too, and most pairs of names part within a row or two.
    /// </summary>
    private static int Fill(string a, string b, Span<float> table, float limit)
    {
        var columns = b.Length + 1;
        table[0] = 0;
        for (var j = 1; j <= b.Length; j++)
            table[j] = table[j - 1] + Indel(b[j - 1]);
        for (var i = 1; i <= a.Length; i++)
        {
            var row = i * columns;
            table[row] = table[row - columns] + Indel(a[i - 1]);
            var rowMinimum = table[row];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = table[row - columns + j - 1] + Substitution(a[i - 1], b[j - 1]);
                var deletion = table[row - columns + j] + Indel(a[i - 1]);
                var insertion = table[row + j - 1] + Indel(b[j - 1]);
                var cell = Math.Min(substitution, Math.Min(deletion, insertion));
                table[row + j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }
            if (rowMinimum > limit)
                return i + 1;
        }
        return a.Length + 1;
    }

    /// <summary>Vowels and h and w come and go between alphabets ("Уиллоуби", "Hughes"); other consonants do not.</summary>
    private static float Indel(char c) => c < TableLetters ? s_indel[c] : IndelOf(c);

    private static float IndelOf(char c) => NameSound.IsVowel(c) || c is 'h' or 'w' ? MinIndel : 1f;

    // Sounds are written in ASCII letters, and the distances that compare them cell by cell (the trie search of a
    // whole document's names above all) read their costs from these tables rather than work them out each time.
    private const int TableLetters = 128;
    private static readonly float[] s_indel = BuildTable(TableLetters, (c, _) => IndelOf(c));
    private static readonly float[] s_substitution = BuildTable(TableLetters * TableLetters,
        (x, y) => SubstitutionOf(x, y));

    private static float[] BuildTable(int size, Func<char, char, float> cost)
    {
        var table = new float[size];
        for (var k = 0; k < size; k++)
            table[k] = cost((char)(k % TableLetters), (char)(k / TableLetters));
        return table;
    }

    /// <summary>The least a letter costs to put in or leave out.</summary>
    private const float MinIndel = 0.3f;

    private static float Substitution(char x, char y) =>
        x < TableLetters && y < TableLetters ? s_substitution[y * TableLetters + x] : SubstitutionOf(x, y);

    private static float SubstitutionOf(char x, char y)
    {
        if (x == y)
            return 0;
        if (NameSound.IsVowel(x) && NameSound.IsVowel(y))
            return 0.25f;
        if (x > y)
            (x, y) = (y, x);
        return (x, y) switch
        {
            ('G', 'g') or ('G', 'j') or ('S', 's') => 0,
            ('S', 'c') or ('S', 'k') or ('S', 'z') => 0.3f,
            // Slavic c and ć: "Kovacic", "Ковачич".
            ('S', 'q') => 0.5f,
            ('v', 'w') or ('u', 'w') => 0.2f,
            ('c', 's') or ('c', 'z') or ('s', 'z') or ('g', 'h') or ('k', 'q') or ('o', 'w') => 0.3f,
            ('t', 'z') or ('G', 'h') or ('c', 'q') or ('h', 'k') or ('s', 'x') => 0.5f,
            ('q', 's') => 0.5f,
            // Spanish and Catalan j is х: "San Jose", "Сан-Хосе"; "Joan", "Хоан".
            ('h', 'j') => 0.5f,
            ('t', 's') or ('f', 'v') or ('d', 't') or ('b', 'p') or ('g', 'k') or ('j', 'x') or ('j', 'z') or ('c', 'k') or ('j', 's') or ('i', 'j') => 0.6f,
            // Korean j is ч: "Jong", "Чон"; "Jeju", "Чеджу". French ch is ш: "Bouchard", "Бушар".
            ('j', 'q') => 0.3f,
            ('q', 'x') => 0.5f,
            ('u', 'v') => 0.4f,
            ('l', 'r') => 0.8f,
            _ => 1f,
        };
    }

    /// <summary>
    /// Whether two skeletons are within one edit of each other over their first consonants (of two, the longer must
    /// start with them or differ by one in three): the rule <see cref="SkeletonsMatch"/> asks of the skeletons and of
    /// their variants.
    /// </summary>
    internal static bool Close(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 2)
            return false;
        if (shorter == 2)
        {
            // Two consonants say little: the longer must start with them, or differ by one in three ("Техас", "Texas").
            var longer = a.Length == 2 ? b : a;
            var two = a.Length == 2 ? a : b;
            return longer[..2].SequenceEqual(two) || (longer.Length == 3 && Levenshtein(two, longer) <= 1);
        }
        return PrefixDistance(a, b) <= 1 || PrefixDistance(b, a) <= 1;
    }

    /// <summary>The edit distance from the first consonants of <paramref name="x"/> to the nearest prefix of <paramref name="y"/>.</summary>
    private static int PrefixDistance(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var head = x[..Math.Min(Compared, x.Length)];
        var best = int.MaxValue;
        for (var length = Math.Max(1, head.Length - 1); length <= Math.Min(y.Length, head.Length + 1); length++)
            best = Math.Min(best, Levenshtein(head, y[..length]));
        return best;
    }

    private static int Levenshtein(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            current.CopyTo(previous);
        }
        return previous[y.Length];
    }
}
