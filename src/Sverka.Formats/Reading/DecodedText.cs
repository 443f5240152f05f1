using System.Text;

namespace Sverka.Formats.Reading;

/// <summary>Text decoded from a file's bytes, and the encoding it was read with.</summary>
/// <param name="Text">The text, line breaks normalised to LF and any byte order mark dropped.</param>
/// <param name="Encoding">The encoding found in the bytes, or the one the caller forced.</param>
public readonly record struct DecodedText(string Text, Encoding Encoding);
