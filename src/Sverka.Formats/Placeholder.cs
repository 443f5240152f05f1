namespace Sverka.Formats; internal static class Placeholder { }
