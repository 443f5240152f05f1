namespace Sverka.Core.Text;

/// <summary>
/// Input that Sverka cannot work with: an empty document, one language only, text that is not text. The message
/// says which input and why, in one line, so the command line can print it as it is.
/// </summary>
public sealed class SverkaInputException : Exception
{
    /// <summary>Creates the exception with a message that names the input and the cause.</summary>
    public SverkaInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public SverkaInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public SverkaInputException()
        : base("The input cannot be aligned.")
    {
    }
}
