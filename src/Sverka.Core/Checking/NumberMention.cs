using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>What sort of quantity a <see cref="NumberMention"/> is.</summary>
public enum NumberMentionKind
{
    /// <summary>A plain number or amount: "1,000", "1.5 million", "два".</summary>
    Number,

    /// <summary>A percentage: "30%", "30 процентов".</summary>
    Percent,

    /// <summary>A day of a month: "7 декабря", "December 7", "07.12.2021".</summary>
    Date,

    /// <summary>A month named without a day: "in December", "в декабре".</summary>
    Month,

    /// <summary>A time of day: "10:30", read as either half of the clock.</summary>
    Time,

    /// <summary>A day of the week, Monday 1 to Sunday 7: "on Friday", "в пятницу".</summary>
    Weekday,
}

/// <summary>
/// A number, amount, percentage, date or time found in a sentence, normalised so that the ways two languages
/// write it meet: "1,000", "1 000" and "1.000" all read 1000; "1.5" and "1,5" read 1.5; "two" and "два" read 2;
/// "December 7" and "7 декабря" read day 7 of month 12.
/// </summary>
/// <param name="Kind">What sort of quantity it is.</param>
/// <param name="Values">Every reading of the number (a written form can be ambiguous: "1,000" is 1000 in English
/// but may be 1.0 elsewhere, "5 bn" is 5 or 5 000 000 000); empty for a month without a day. For a date, the day.</param>
/// <param name="Month">The month, 1 to 12, of a date or month mention; 0 otherwise.</param>
/// <param name="Span">Where it stands, as offsets into the document's text.</param>
/// <param name="Text">The characters as written, for messages.</param>
/// <param name="InDigits">True when written with digits (or a day and month): such a mention is expected to survive
/// translation. Number words ("one", "first", "half") are often dropped or rephrased, so they only ever match.</param>
public sealed record NumberMention(NumberMentionKind Kind, IReadOnlyList<double> Values, int Month, TextSpan Span, string Text, bool InDigits)
{
    /// <summary>
    /// The same characters read the other way round, or null: "7/12/2021" is 7 December day first and 12 July month
    /// first, and the writer's convention is unknown. It matches what either reading matches.
    /// </summary>
    public NumberMention? OtherReading { get; init; }

    /// <summary>The unit written after the number when it is one translators convert (miles, °F, км, кг), or null.</summary>
    public MeasureUnit? Unit { get; init; }

    /// <summary>
    /// The value of the scale word written after the figure ("million", "млн", "bn", "тысяч"), or 1 when there is
    /// none. The figure alone stays among the readings, since a range leaves its first scale unwritten ("3 to 3.5
    /// billion"); but where both sides write a scale, the figure alone is not the quantity.
    /// </summary>
    public double Scale { get; init; } = 1;

    /// <summary>
    /// The currency written with the amount ("$", "euros", "рублей"; <see cref="Currencies"/>), or null when none is,
    /// or one that cannot be told for certain.
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>
    /// True when <paramref name="other"/>, written on the other side, can be the same quantity: a reading in
    /// common, or a measure the translator converted ("10 miles" and "16 км", "80F" and "27 °C"), but not the same
    /// figure in another unit ("2 km" and "2 мили"). Two times of day
    /// must agree to the minute, and two amounts that each name a currency must name the same one.
    /// </summary>
    public bool SameQuantity(NumberMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if ((OtherReading is { } reading && reading.SameQuantity(other)) || (other.OtherReading is { } otherReading && SameQuantity(otherReading)))
            return true;
        if (Currency is not null && other.Currency is not null && Currency != other.Currency)
            return false;
        if (Kind == NumberMentionKind.Weekday || other.Kind == NumberMentionKind.Weekday)
            return Kind == other.Kind && ShareValue(other);
        if (Kind == NumberMentionKind.Month || other.Kind == NumberMentionKind.Month)
            return Month == other.Month;
        if (Kind == NumberMentionKind.Date && other.Kind == NumberMentionKind.Date && Month != other.Month)
            return false;
        if (Kind == NumberMentionKind.Time && other.Kind == NumberMentionKind.Time)
            return Values.Count > 2 && other.Values.Count > 2 && Share(Values.Skip(2), other.Values.Skip(2));
        // The same figure in another unit of the same dimension ("2 km" against "2 мили") is a unit changed, not a
        // figure kept: only a conversion matches then.
        if (InOtherUnits(other))
            return Converts(other) || other.Converts(this);
        return ShareValue(other) || Converts(other) || other.Converts(this);
    }

    /// <summary>
    /// True when <paramref name="other"/> renders this mention, rightly or not: the same quantity, or the same
    /// figure with its unit changed ("800 kph (497 mph)" given as "497 км/ч"). Whether a passage is translated at
    /// all asks this; whether its figures are right asks <see cref="SameQuantity"/>.
    /// </summary>
    public bool Renders(NumberMention other) => SameQuantity(other) || (InOtherUnits(other) && ShareValue(other));

    /// <summary>True when this mention and <paramref name="other"/> measure the same dimension in units that cannot be one.</summary>
    public bool InOtherUnits(NumberMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Unit is { } unit && other.Unit is { } otherUnit && unit.Dimension == otherUnit.Dimension && !unit.CanBe(otherUnit);
    }

    /// <summary>
    /// True when any reading of this mention equals any reading of <paramref name="other"/>. When both are written
    /// with different scale words, only their scaled readings count, so that "$3.5 billion" and "3,5 миллиона
    /// долларов" (a slip translators make) do not meet on their figure 3.5, while "3.5 billion" and "3 500 млн" meet.
    /// </summary>
    public bool ShareValue(NumberMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Scale > 1 && other.Scale > 1 && Scale != other.Scale)
            return Share(ScaledReadings(), other.ScaledReadings());
        return Share(Values, other.Values);
    }

    /// <summary>The readings that are not a figure read without its scale word: those whose scaled value is not a reading too.</summary>
    private IEnumerable<double> ScaledReadings()
    {
        foreach (var value in Values)
        {
            if (!HasReading(value * Scale))
                yield return value;
        }
    }

    private bool HasReading(double value)
    {
        foreach (var reading in Values)
        {
            if (Same(reading, value))
                return true;
        }
        return false;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Abs(a));

    private static bool Share(IEnumerable<double> values, IEnumerable<double> others)
    {
        foreach (var a in values)
        {
            foreach (var b in others)
            {
                if (Same(a, b))
                    return true;
            }
        }
        return false;
    }

    /// <summary>True when this measure, converted, is <paramref name="other"/> in its unit or in one its figure leaves unwritten.</summary>
    private bool Converts(NumberMention other)
    {
        if (Unit is not { } unit || Kind != NumberMentionKind.Number || other.Kind != NumberMentionKind.Number)
            return false;
        foreach (var a in Values)
        {
            foreach (var b in other.Values)
            {
                if (other.Unit is { } otherUnit ? unit.Converts(a, otherUnit, b) : unit.ConvertsToUnitless(a, b))
                    return true;
            }
        }
        return false;
    }
}
