using System.CommandLine;
using Sverka.Formats.Lexicons;

namespace Sverka.Cli.Commands;

/// <summary>`sverka lexicon build`: turns dictd dictionaries into the compact lexicon file the aligner loads.</summary>
internal static class LexiconCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dictionaries = new Argument<string[]>("DICTIONARY")
        {
            Description = "dictd dictionaries by base path (without .index / .dict.dz), e.g. /usr/share/dictd/mueller7; "
                + "a .txt file is a supplement of words, read after them (data/lexicons/en-ru.supplement.txt).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputPath = new Option<string>("--output", "-o") { Description = "The lexicon file to write (.lex.gz).", Required = true };
        var build = new Command("build", "Build a lexicon from dictd dictionaries, English–Russian or FreeDict's WikDict pairs (see data/lexicons/README.md).")
        {
            dictionaries,
            outputPath,
        };
        build.SetAction(parse => CommandErrors.Run(error, () =>
            LexiconBuildRunner.Run(parse.GetValue(dictionaries)!, parse.GetValue(outputPath)!, output)));
        return new Command("lexicon", "Build and inspect lexicons.") { build };
    }
}
