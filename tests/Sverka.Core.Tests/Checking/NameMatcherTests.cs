using CsCheck;
using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>Names against their Russian transliterations, with case endings, and words that only look alike.</summary>
public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Trump", "Трампом")]
    [InlineData("Biden", "Байденом")]
    [InlineData("Willoughby", "Уиллоуби")]
    [InlineData("Willoughby's", "Уиллоуби")]
    [InlineData("Thatcher", "Тэтчер")]
    [InlineData("Kavanaugh", "Кавано")]
    [InlineData("Hamburg", "Гамбург")]
    [InlineData("Heather", "Хезер")]
    [InlineData("Nancy", "Нэнси")]
    [InlineData("Webb", "Уэбб")]
    [InlineData("Gerrard", "Джеррарда")]
    [InlineData("Sturridge", "Старридж")]
    [InlineData("Geneva", "Женеве")]
    [InlineData("Scherzer", "Шерзер")]
    [InlineData("Nuggets", "Наггетс")]
    [InlineData("Bjorn", "Бьорна")]
    [InlineData("Kovacic", "Ковачичу")]
    [InlineData("Paris", "Париже")]
    [InlineData("Harvard", "Гарвардском")]
    [InlineData("Veltzé", "Вельце")]
    [InlineData("Yale", "Йельском")]
    [InlineData("Jose", "Хосе")]
    [InlineData("Sessions", "Сэшнс")]
    [InlineData("Eurosceptics", "Евроскептиков")]
    [InlineData("Macedonia's", "Македонии")]
    [InlineData("Wade", "Уэйда")]
    [InlineData("Grace", "Грейс")]
    [InlineData("Giles", "Гайлзом")]
    [InlineData("Kyle", "Кайла")]
    [InlineData("White", "Уайт")]
    [InlineData("Nottingham", "Ноттингемском")]
    [InlineData("Meghan", "Меган")]
    [InlineData("Newcastle", "Ньюкасла")]
    [InlineData("Castleford", "Каслфорд")]
    [InlineData("Afghanistan", "Афганистане")]
    [InlineData("Vaughan", "Воган")]
    [InlineData("Hughes", "Хьюз")]
    [InlineData("Birmingham", "Бирмингеме")]
    [InlineData("Congressional", "Конгресса")]
    [InlineData("Tennessean's", "Теннесси")]
    [InlineData("Elite", "Элитной")]
    [InlineData("Quentin", "Квентином")]
    [InlineData("Worcestershire", "Вустершир")]
    [InlineData("Leicester", "Лестере")]
    [InlineData("Quebec", "Квебеке")]
    [InlineData("Greaves", "Гривз")]
    [InlineData("Texas", "Техасе")]
    [InlineData("Chilean", "Чили")]
    [InlineData("Asian", "Азии")]
    [InlineData("Tibetan", "Тибетского")]
    [InlineData("Mexican", "Мексиканского")]
    public void A_name_sounds_like_its_transliteration(string english, string russian)
    {
        Assert.True(NameMatcher.SoundsMatch(NameSound.Of(english), NameSound.Of(russian)), $"{NameSound.Of(english)} ~ {NameSound.Of(russian)}");
    }

    [Theory]
    [InlineData("Hazard", "Азару")]
    [InlineData("Bouchard", "Бушар")]
    [InlineData("Lehaucourt", "Лёукур")]
    [InlineData("Sinsheim", "Зинсхайме")]
    [InlineData("Prix", "При")]
    [InlineData("Giroux", "Жиру")]
    [InlineData("Quentin", "Кантен")]
    [InlineData("Puig", "Пуч")]
    [InlineData("Puigdemont", "Пучдемона")]
    [InlineData("Fournier", "Фурнье")]
    [InlineData("Garnier", "Гарнье")]
    [InlineData("Kovač", "Ковач")]
    [InlineData("Dijk", "Дейка")]
    public void A_french_german_or_catalan_name_sounds_like_its_russian_transcription(string name, string russian)
    {
        Assert.True(NameMatcher.SoundsMatch(NameSound.Of(name), NameSound.Of(russian)), $"{NameSound.Of(name)} ~ {NameSound.Of(russian)}");
    }

    [Theory]
    [InlineData("Guizhou", "Гуйчжоу")]
    [InlineData("Xining", "Синин")]
    [InlineData("Qinghai", "Цинхай")]
    [InlineData("Xinjiang", "Синьцзян")]
    [InlineData("Jae", "Чжэ")]
    [InlineData("Yong", "Юн")]
    [InlineData("Byeong", "Бён")]
    [InlineData("Jong", "Чон")]
    [InlineData("Jong", "Чен")]
    public void A_chinese_or_korean_name_sounds_like_its_russian_transcription(string romanised, string russian)
    {
        Assert.True(NameMatcher.SoundsMatch(NameSound.Of(romanised), NameSound.Of(russian)), $"{NameSound.Of(romanised)} ~ {NameSound.Of(russian)}");
    }

    [Theory]
    [InlineData("Ushakov", "Петровым")]
    [InlineData("Manchester", "Министр")]
    [InlineData("Capp", "Как")]
    [InlineData("Labour", "Леброн")]
    [InlineData("Mews", "Мексики")]
    [InlineData("Beijing", "Пекин")]
    [InlineData("Xining", "Синьцзян")]
    [InlineData("Guizhou", "Гуанчжоу")]
    [InlineData("Qinghai", "Цинциннати")]
    [InlineData("Yale", "Ельцинском")]
    [InlineData("Jose", "Хьюз")]
    [InlineData("Macedonia", "Мадонне")]
    [InlineData("Eurosceptics", "Европейцев")]
    [InlineData("Paul", "Пласко")]
    [InlineData("Tanevski", "Тане")]
    [InlineData("Nottingham", "Нотой")]
    [InlineData("Quigley", "Кучли")]
    [InlineData("Max", "Ма")]
    public void Different_names_do_not_match(string english, string russian)
    {
        Assert.False(NameMatcher.SoundsMatch(NameSound.Of(english), NameSound.Of(russian)), $"{NameSound.Of(english)} ~ {NameSound.Of(russian)}");
    }

    [Theory]
    // An English plural in -ts is no ц: its cognate ends in a vowel.
    [InlineData("comments", "комментарии", true)]
    [InlineData("results", "результаты", true)]
    [InlineData("sports", "спорта", true)]
    [InlineData("comments", "командиры", false)]
    public void A_word_meets_its_clear_cognate_whatever_its_plural(string english, string russian, bool expected)
    {
        Assert.Equal(expected, NameMatcher.StrongMatch(FullSkeleton(english), FullSkeleton(russian)));
    }

    [Theory]
    [InlineData("Schultz", "Шульц")]
    [InlineData("Roberts", "Робертса")]
    [InlineData("Zuckerberg", "Цукерберг")]
    public void A_name_that_ends_in_ts_or_tz_meets_its_transliteration(string english, string russian)
    {
        Assert.True(NameMatcher.SkeletonsMatch(FullSkeleton(english), FullSkeleton(russian)), $"{FullSkeleton(english)} ~ {FullSkeleton(russian)}");
    }

    private static string FullSkeleton(string word)
    {
        Span<char> skeleton = stackalloc char[32];
        return new string(skeleton[..Sverka.Core.Scoring.NameSkeleton.BuildFull(word, skeleton)]);
    }

    [Theory]
    [InlineData("Newport", "ньюпортское", true)]
    [InlineData("American", "американский", true)]
    [InlineData("Palu", "поля", false)]
    [InlineData("Premier", "премьер", true)]
    [InlineData("Menga", "многих", false)]
    [InlineData("Macedonia's", "македонским", true)]
    [InlineData("Kurdish", "курдские", true)]
    [InlineData("Californian", "калифорниец", true)]
    [InlineData("Kurdish", "кудрявые", false)]
    [InlineData("Tibetan", "тибетского", true)]
    [InlineData("Tibetan", "тибетец", true)]
    [InlineData("Filipino", "филиппинку", true)]
    [InlineData("American", "американкой", true)]
    // A short term borrowed as a common noun.
    [InlineData("Wiki", "вики", true)]
    [InlineData("Wiki", "века", false)]
    public void A_lower_case_word_matches_a_name_only_when_the_name_is_long_enough(string english, string russian, bool expected)
    {
        Assert.Equal(expected, NameMatcher.SoundsMatchLowerCase(NameSound.Of(english), NameSound.Of(russian)));
    }

    [Theory]
    [InlineData("Beijing", "пекине", true)]
    [InlineData("Germans", "немцы", true)]
    [InlineData("Welsh", "валлийский", true)]
    [InlineData("Chinese", "китайской", true)]
    [InlineData("Auschwitz", "освенциме", true)]
    [InlineData("Nord", "северный", true)]
    [InlineData("Beijing", "париже", false)]
    public void An_exonym_matches_the_russian_name_for_the_place(string english, string russian, bool expected)
    {
        Assert.Equal(expected, Exonyms.Match(english.ToLowerInvariant(), russian));
    }

    [Theory]
    [InlineData("Michael", "майклом", true)]
    [InlineData("Sean", "шон", true)]
    [InlineData("Ian", "айяном", true)]
    [InlineData("Ian", "иваном", false)]
    public void A_given_name_spelt_unlike_its_sound_matches_its_russian_rendering(string english, string russian, bool expected)
    {
        Assert.Equal(expected, Exonyms.Match(english.ToLowerInvariant(), russian));
    }

    [Theory]
    [InlineData("Deptford", "Депфорт", true)]
    [InlineData("Dechambeau", "Дечебмо", true)]
    [InlineData("General", "Генассамблее", true)]
    [InlineData("Saipov", "Санчесом", false)]
    [InlineData("Deptford", "Дэвиса", false)]
    [InlineData("Ivanov", "Ивану", false)]
    public void A_long_name_matches_a_misspelt_rendering_that_keeps_its_start(string english, string russian, bool expected)
    {
        Assert.Equal(expected, NameMatcher.StartsAlike(NameSound.Of(english), NameSound.Of(russian)));
    }

    [Theory]
    [InlineData("British", true)]
    [InlineData("Syrians", true)]
    [InlineData("Chinese", true)]
    [InlineData("Californian", true)]
    [InlineData("Thomas", false)]
    [InlineData("Chequers", false)]
    [InlineData("Moscow", false)]
    public void An_adjective_or_demonym_made_from_a_name_is_told_from_a_name(string word, bool demonym)
    {
        Assert.Equal(demonym, NameMatcher.IsDemonym(NameSound.Of(word)));
    }

    [Fact]
    public void A_distance_stopped_at_a_limit_says_the_same_of_the_limit_as_the_whole_distance()
    {
        // Sounds of the letters the matcher weighs differently: vowels, h and w, the confusable consonants, endings.
        var sound = Gen.String[Gen.Char["aeiouhwvszckqgGSjtdnmrl"], 1, 12];
        Gen.Select(sound, sound, Gen.Float[0f, 3f]).Sample((a, b, limit) =>
        {
            var whole = NameMatcher.Distance(a, b, float.MaxValue);
            var stopped = NameMatcher.Distance(a, b, limit);
            Assert.Equal(whole <= limit, stopped <= limit);
            if (whole <= limit)
                Assert.Equal(whole, stopped);
        });
    }

    // The spellings a skeleton is also compared as, written out as strings: itself, without v, with dj as g, and
    // without a first a, g, v, k or d. The matcher writes only their first letters, and no string.
    private static IEnumerable<string> WrittenOutVariants(string skeleton)
    {
        yield return skeleton;
        if (skeleton.Contains('v', StringComparison.Ordinal))
            yield return skeleton.Replace("v", "", StringComparison.Ordinal);
        if (skeleton.Contains("dj", StringComparison.Ordinal))
            yield return skeleton.Replace("dj", "g", StringComparison.Ordinal);
        if (skeleton.Length >= 3 && skeleton[0] is 'a' or 'g' or 'v' or 'k' or 'd')
            yield return skeleton[1..];
    }

    // Skeletons of the consonants the variants rewrite and two others, so that many pairs share their start.
    private static readonly Gen<string> s_rewrittenSkeleton = Gen.String[Gen.Char["vdjgkatz"], 0, 7];

    [Fact]
    public void Strong_match_compares_the_first_letters_of_the_variants_as_written_out()
    {
        static bool WrittenOut(string a, string b) =>
            WrittenOutVariants(a).Any(x => WrittenOutVariants(b).Any(y =>
            {
                var n = Math.Min(4, Math.Min(x.Length, y.Length));
                return n >= 3 && x[..n] == y[..n];
            }));

        Gen.Select(s_rewrittenSkeleton, s_rewrittenSkeleton).Sample((a, b) => Assert.Equal(WrittenOut(a, b), NameMatcher.StrongMatch(a, b)), iter: 20_000);
    }

    [Fact]
    public void Skeletons_match_when_they_or_two_variants_of_three_letters_or_more_are_close_as_written_out()
    {
        static bool WrittenOut(string a, string b) =>
            a.Length >= 2 && b.Length >= 2 && (NameMatcher.Close(a, b)
                || WrittenOutVariants(a).Any(x => WrittenOutVariants(b).Any(y => Math.Min(x.Length, y.Length) >= 3 && NameMatcher.Close(x, y))));

        Gen.Select(s_rewrittenSkeleton, s_rewrittenSkeleton).Sample((a, b) => Assert.Equal(WrittenOut(a, b), NameMatcher.SkeletonsMatch(a, b)), iter: 20_000);
    }

    [Fact]
    public void The_strong_match_index_answers_as_strong_match_against_each_skeleton_would()
    {
        // Skeletons of the consonants the variants rewrite (v, dj, a first a, g, k or d) and one other, few enough
        // that skeletons often share their start.
        var skeleton = Gen.String[Gen.Char["vdjgkat"], 2, 6];
        Gen.Select(skeleton, skeleton.Array[0, 6]).Sample((query, others) =>
        {
            var index = new NameMatcher.StrongMatchIndex();
            foreach (var other in others)
                index.Add(other);

            Assert.Equal(Array.Exists(others, other => NameMatcher.StrongMatch(query, other)), index.StrongMatchesAny(query));
        }, iter: 20_000);
    }

    // Sounds made of the letters the costs tell apart and of the suffixes and endings the rules cut.
    private static readonly string[] s_soundPieces =
        ["a", "e", "i", "o", "u", "h", "w", "v", "s", "z", "c", "k", "q", "g", "G", "S", "j", "t", "d", "n", "m", "r", "l",
         "sk", "oi", "aia", "ogo", "ih", "ix", "ional", "ian", "ese", "ng", "ks", "ka"];

    /// <summary>
    /// A sound, and other sounds: some random, some made from it by a suffix, a changed end or start, or a piece put in
    /// its middle, so that the rules' every branch is met and many samples match.
    /// </summary>
    private static Gen<(string Sound, string[] Others)> SoundAndOthers()
    {
        var piece = Gen.Int[0, s_soundPieces.Length - 1].Select(i => s_soundPieces[i]);
        var sound = piece.Array[1, 7].Select(string.Concat);
        var change = Gen.Select(piece, piece, Gen.Int[0, 4]);
        return Gen.Select(sound, sound.Array[0, 4], change.Array[0, 4]).Select((name, others, changes) => (name, others.Concat(changes.Select(c => c.Item3 switch
        {
            0 => name + c.Item1,
            1 => name + c.Item1 + c.Item2,
            2 => name[..Math.Max(1, name.Length - 2)] + c.Item1 + c.Item2,
            3 => c.Item1 + name[Math.Min(1, name.Length)..] + c.Item2,
            _ => name[..(name.Length / 2)] + c.Item1 + name[(name.Length / 2)..],
        })).ToArray()));
    }

    [Fact]
    public void The_lower_case_sound_index_answers_as_the_lower_case_rule_against_each_word_would() =>
        AssertAnswersAsTheRule(words =>
        {
            var index = new NameMatcher.LowerCaseSoundIndex();
            foreach (var word in words)
                index.Add(word);
            return index.MatchesAny;
        }, NameMatcher.SoundsMatchLowerCase);

    [Theory]
    // A French -ier matched without its silent r, which the index once did not search for: found by the property
    // test below on a rare sample.
    [InlineData("ngvie", "iangvier")]
    [InlineData("iangvier", "ngvie")]
    // A plain -an demonym against a name's adjective, either way round.
    [InlineData("tibetan", "tibetskogo")]
    [InlineData("tibetskogo", "tibetan")]
    public void The_name_sound_index_finds_a_name_the_name_rule_matches(string query, string added)
    {
        Assert.True(NameMatcher.SoundsMatch(query, added));
        var index = new NameMatcher.NameSoundIndex();
        index.Add(added);

        Assert.True(index.MatchesAny(query));
    }

    [Fact]
    public void The_name_sound_index_answers_as_the_name_rule_against_each_name_would() =>
        AssertAnswersAsTheRule(names =>
        {
            var index = new NameMatcher.NameSoundIndex();
            foreach (var name in names)
                index.Add(name);
            return index.MatchesAny;
        }, NameMatcher.SoundsMatch);

    /// <summary>An index built from the others says of a sound what asking <paramref name="rule"/> of each other would.</summary>
    private static void AssertAnswersAsTheRule(Func<string[], Func<string, bool>> index, Func<string, string, bool> rule)
    {
        var matched = 0;
        SoundAndOthers().Sample(sample =>
        {
            var expected = Array.Exists(sample.Others, other => rule(sample.Sound, other));
            matched += expected ? 1 : 0;
            Assert.Equal(expected, index(sample.Others)(sample.Sound));
        }, iter: 20_000);
        // The sample must meet the rule often, or the test proves nothing about matches.
        Assert.True(matched > 1_000, $"{matched} samples matched");
    }

    [Fact]
    public void The_skeleton_lead_index_offers_every_skeleton_that_matches()
    {
        // Letters the variants rewrite and the edit rules confuse, few enough that many skeletons match.
        var skeleton = Gen.String[Gen.Char["vdjgkatsz"], 1, 7];
        Gen.Select(skeleton, skeleton.Array[0, 8]).Sample((query, others) =>
        {
            var index = new NameMatcher.SkeletonLeadIndex();
            for (var id = 0; id < others.Length; id++)
                index.Add(others[id], id);
            var candidates = new List<int>();
            index.Candidates(query, candidates);

            Assert.Equal(candidates.Count, candidates.Distinct().Count());
            for (var id = 0; id < others.Length; id++)
            {
                if (NameMatcher.SkeletonsMatch(query, others[id]))
                    Assert.Contains(id, candidates);
            }
        }, iter: 20_000);
    }
}
