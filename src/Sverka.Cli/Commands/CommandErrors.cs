using Sverka.Core.Text;

namespace Sverka.Cli.Commands;

/// <summary>The one place where failures become a line on stderr and an exit code; users never see a stack trace.</summary>
internal static class CommandErrors
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SverkaInputException exception)
        {
            error.WriteLine($"sverka: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException exception)
        {
            error.WriteLine($"sverka: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException exception)
        {
            error.WriteLine($"sverka: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            error.WriteLine($"sverka: internal error: {exception.GetType().Name}: {FirstLine(exception.Message)} (set SVERKA_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("SVERKA_DEBUG") is not null)
                error.WriteLine(exception);
            return ExitCodes.InternalError;
        }
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline];
    }
}
