namespace Sverka.Core.Languages;

/// <summary>
/// Where one file that holds both versions was cut: the character offset of the cut, the paragraph it falls
/// before, and the language found on each side.
/// </summary>
public sealed record BilingualSplit(int Offset, int Line, int ParagraphIndex, string FirstLanguage, string SecondLanguage);
