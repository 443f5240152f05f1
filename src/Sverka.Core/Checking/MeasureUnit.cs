using System.Globalization;

namespace Sverka.Core.Checking;

/// <summary>What a unit measures; a quantity converts only into a unit of the same dimension.</summary>
public enum MeasureDimension
{
    /// <summary>Miles, feet, inches, kilometres, metres, centimetres (and speeds per hour in them).</summary>
    Length,

    /// <summary>Pounds, ounces, kilograms, grams, tonnes.</summary>
    Mass,

    /// <summary>Degrees Fahrenheit or Celsius.</summary>
    Temperature,

    /// <summary>Gallons, litres.</summary>
    Volume,

    /// <summary>Acres, hectares.</summary>
    Area,

    /// <summary>
    /// Seconds, minutes, hours, days, weeks, months, years: the same in both systems, but a translator may still
    /// write "18 months" as "полтора года".
    /// </summary>
    Duration,
}

/// <summary>
/// A unit written after a number that translators convert: "10 miles" often comes back as "16 км", "80F" as
/// "27 градусов", "18 months" as "полтора года". A quantity reads in the dimension's base unit (metres, kilograms,
/// degrees Celsius, litres, square metres, seconds) as <c>(value + Offset) × Scale</c>, so that two quantities in
/// different units can be compared.
/// Speeds share the length units, the "per hour" left out: "60 mph" is near "97 км/ч" as 60 miles is near 97 km.
/// </summary>
/// <param name="Name">The unit's English name, for tests and messages.</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="Imperial">True for the units of the imperial and US systems.</param>
/// <param name="Scale">Base units per unit.</param>
/// <param name="Offset">Added before scaling (Fahrenheit only).</param>
public sealed record MeasureUnit(string Name, MeasureDimension Dimension, bool Imperial, double Scale, double Offset = 0)
{
    /// <summary>The next smaller unit of a compound measure: the inches of "6 feet 2", the centimetres of "1 м 82".</summary>
    public MeasureUnit? Smaller { get; private init; }

    /// <summary>The unit's symbol, for messages: "km", "mi", "°C".</summary>
    public string Symbol { get; private init; } = "";

    /// <summary>Another reading of the same word: English "degrees" may be Fahrenheit or Celsius.</summary>
    public MeasureUnit? Or { get; private init; }

    internal static readonly MeasureUnit Mile = new("mile", MeasureDimension.Length, true, 1609.344) { Symbol = "mi" };
    internal static readonly MeasureUnit Yard = new("yard", MeasureDimension.Length, true, 0.9144) { Symbol = "yd" };
    internal static readonly MeasureUnit Inch = new("inch", MeasureDimension.Length, true, 0.0254) { Symbol = "in" };
    internal static readonly MeasureUnit Foot = new("foot", MeasureDimension.Length, true, 0.3048) { Symbol = "ft", Smaller = Inch };
    internal static readonly MeasureUnit Centimetre = new("centimetre", MeasureDimension.Length, false, 0.01) { Symbol = "cm" };
    internal static readonly MeasureUnit Millimetre = new("millimetre", MeasureDimension.Length, false, 0.001) { Symbol = "mm" };
    internal static readonly MeasureUnit Metre = new("metre", MeasureDimension.Length, false, 1) { Symbol = "m", Smaller = Centimetre };
    internal static readonly MeasureUnit Kilometre = new("kilometre", MeasureDimension.Length, false, 1000) { Symbol = "km" };
    internal static readonly MeasureUnit Ounce = new("ounce", MeasureDimension.Mass, true, 0.028349523125) { Symbol = "oz" };
    internal static readonly MeasureUnit Pound = new("pound", MeasureDimension.Mass, true, 0.45359237) { Symbol = "lb", Smaller = Ounce };
    internal static readonly MeasureUnit Stone = new("stone", MeasureDimension.Mass, true, 6.35029318) { Symbol = "st", Smaller = Pound };
    internal static readonly MeasureUnit Gram = new("gram", MeasureDimension.Mass, false, 0.001) { Symbol = "g" };
    internal static readonly MeasureUnit Kilogram = new("kilogram", MeasureDimension.Mass, false, 1) { Symbol = "kg", Smaller = Gram };
    internal static readonly MeasureUnit Tonne = new("tonne", MeasureDimension.Mass, false, 1000) { Symbol = "t" };
    internal static readonly MeasureUnit Celsius = new("celsius", MeasureDimension.Temperature, false, 1) { Symbol = "°C" };
    internal static readonly MeasureUnit Fahrenheit = new("fahrenheit", MeasureDimension.Temperature, true, 5.0 / 9, -32) { Symbol = "°F" };
    internal static readonly MeasureUnit Degrees = Fahrenheit with { Name = "degrees", Symbol = "°", Or = Celsius };
    internal static readonly MeasureUnit Gallon = new("gallon", MeasureDimension.Volume, true, 3.785411784) { Symbol = "gal" };
    internal static readonly MeasureUnit Litre = new("litre", MeasureDimension.Volume, false, 1) { Symbol = "l" };
    internal static readonly MeasureUnit Acre = new("acre", MeasureDimension.Area, true, 4046.8564224) { Symbol = "acres" };
    internal static readonly MeasureUnit Hectare = new("hectare", MeasureDimension.Area, false, 10_000) { Symbol = "ha" };
    internal static readonly MeasureUnit Second = new("second", MeasureDimension.Duration, false, 1) { Symbol = "seconds" };
    internal static readonly MeasureUnit Minute = new("minute", MeasureDimension.Duration, false, 60) { Symbol = "minutes" };
    internal static readonly MeasureUnit Hour = new("hour", MeasureDimension.Duration, false, 3600) { Symbol = "hours" };
    internal static readonly MeasureUnit Day = new("day", MeasureDimension.Duration, false, 86_400) { Symbol = "days" };
    internal static readonly MeasureUnit Week = new("week", MeasureDimension.Duration, false, 7 * 86_400) { Symbol = "weeks" };
    // A month and a year of the calendar on average: "30 days" is about a month, "12 months" a year.
    internal static readonly MeasureUnit Month = new("month", MeasureDimension.Duration, false, 365.25 / 12 * 86_400) { Symbol = "months" };
    internal static readonly MeasureUnit Year = new("year", MeasureDimension.Duration, false, 365.25 * 86_400) { Symbol = "years" };

    // The units a translator converts into, by dimension and system: a figure with no unit written after it
    // ("widespread 80s" beside "27 градусов") is tried in each.
    private static readonly MeasureUnit[] s_all =
        [Mile, Yard, Foot, Inch, Kilometre, Metre, Centimetre, Millimetre, Ounce, Pound, Stone, Gram, Kilogram, Tonne,
         Celsius, Fahrenheit, Gallon, Litre, Acre, Hectare];

    // Translators round a converted figure, often to one significant digit ("half an inch" → "1,5 см").
    private const double RelativeTolerance = 0.2;

    // ... but a figure written to three significant digits or more was computed, not rounded ("60 ft = 18,29 m"):
    // such a pair must agree to within rounding, or "60 pieds (19,29 m)" would pass for the same length.
    private const double ComputedTolerance = 0.03;
    private const int ComputedDigits = 3;

    // ... and a figure with no unit of its own must agree more closely to count as converted.
    private const double UnitlessTolerance = 0.05;

    // Temperatures are compared in degrees, not relative to their value, which may be near zero.
    private const double DegreesTolerance = 1.5;

    /// <summary>The value in the dimension's base unit.</summary>
    public double ToBase(double value) => (value + Offset) * Scale;

    /// <summary>True when <paramref name="value"/> in this unit is, rounded as translators round, <paramref name="other"/> in <paramref name="otherUnit"/>.</summary>
    public bool Converts(double value, MeasureUnit otherUnit, double other)
    {
        ArgumentNullException.ThrowIfNull(otherUnit);
        for (var unit = this; unit is not null; unit = unit.Or)
        {
            for (var candidate = otherUnit; candidate is not null; candidate = candidate.Or)
            {
                if (unit.Dimension != candidate.Dimension || unit.SameScale(candidate))
                    continue;
                var (a, b) = (unit.ToBase(value), candidate.ToBase(other));
                // The digits are counted only for a pair that is near but not close: most pairs are neither.
                if (Near(unit.Dimension, a, b, ComputedTolerance)
                    || (Near(unit.Dimension, a, b, RelativeTolerance) && Math.Max(SignificantDigits(value), SignificantDigits(other)) < ComputedDigits
                        && Math.Abs(a - b) <= Math.Min(RoundingStep(value) * unit.Scale, RoundingStep(other) * candidate.Scale)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="value"/> in this unit converts closely to <paramref name="other"/>, a figure
    /// written with no unit, read in any unit of the same dimension in the other system.
    /// </summary>
    public bool ConvertsToUnitless(double value, double other)
    {
        for (var unit = this; unit is not null; unit = unit.Or)
        {
            foreach (var candidate in s_all)
            {
                if (candidate.Dimension == unit.Dimension && candidate.Imperial != unit.Imperial
                    && Near(unit.Dimension, unit.ToBase(value), candidate.ToBase(other), UnitlessTolerance))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How far a figure written so may be from what it rounds: a step of its last significant digit, five of them
    /// when that digit is 5 (a figure rounded to halves: "1,5 см", "25 см"). A translator who converts rounds the
    /// converted figure, while the original's figure stands as written; not knowing which is which, a pair must
    /// agree within the finer of the two steps: "6 inches" (15.2 cm) may come back as "15 см", not as "18 см".
    /// </summary>
    internal static double RoundingStep(double value)
    {
        value = Math.Abs(value);
        if (value == 0)
            return 0;
        var step = Math.Pow(10, Math.Floor(Math.Log10(value)) - SignificantDigits(value) + 1);
        var lastDigit = (long)Math.Round(value / step) % 10;
        return lastDigit == 5 ? 5 * step : step;
    }

    /// <summary>The significant digits a figure is written with: 2 for 1.5 and for 1500, 4 for 18.29.</summary>
    internal static int SignificantDigits(double value)
    {
        Span<char> written = stackalloc char[32];
        if (!Math.Abs(value).TryFormat(written, out var length, "R", CultureInfo.InvariantCulture) || written[..length].ContainsAny('E', 'e'))
            return 1;
        var digits = written[..length];
        int first = 0, last = length - 1;
        while (first < length && digits[first] is '0' or '.')
            first++;
        while (last > first && digits[last] is '0' or '.')
            last--;
        var count = 0;
        for (var i = first; i <= last; i++)
        {
            if (char.IsAsciiDigit(digits[i]))
                count++;
        }
        return Math.Max(count, 1);
    }

    /// <summary>
    /// True when this unit and <paramref name="other"/> may be the same unit, in any of their readings: "degrees" may
    /// be Celsius.
    /// </summary>
    public bool CanBe(MeasureUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var unit = this; unit is not null; unit = unit.Or)
        {
            for (var candidate = other; candidate is not null; candidate = candidate.Or)
            {
                if (unit.Dimension == candidate.Dimension && unit.SameScale(candidate))
                    return true;
            }
        }
        return false;
    }

    // The same unit on both sides is no conversion: then only the same figure matches.
    private bool SameScale(MeasureUnit other) => Scale == other.Scale && Offset == other.Offset;

    private static bool Near(MeasureDimension dimension, double a, double b, double relative) =>
        dimension == MeasureDimension.Temperature
            ? Math.Abs(a - b) <= DegreesTolerance
            : Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b));
}
