using Mooc.Grains.Abstractions.Sittings;

namespace Mooc.Silo.Sittings;

/// <summary>The rules a sitting's plan must meet, and its normal form (trimmed, usernames lower-case, blanks and repeats dropped).</summary>
public static class ExamSittingRules
{
    public const int MaxNameLength = 120;
    public const int MaxParticipants = 20_000;
    public const int MaxUnits = 200;
    public const int MaxEntryLength = 150;
    public const int MaxReasonLength = 500;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);

    /// <summary>A window typed to the minute for "now" is not refused as past: an opening this far back is accepted.</summary>
    public static readonly TimeSpan PastSlack = TimeSpan.FromMinutes(1);

    public static ExamSittingPlan Normalize(ExamSittingPlan plan) => plan with
    {
        Name = (plan.Name ?? "").Trim(),
        // Usernames are stored lower-case (AccountRules.NormalizeUsername); NIPs are digits.
        Participants = (plan.Participants ?? []).Select(p => (p ?? "").Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        Units = (plan.Units ?? []).Select(u => (u ?? "").Trim()).Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    /// <summary>The first rule a (normalized) plan breaks, or <see cref="SittingRefusal.None"/>.</summary>
    public static SittingRefusal Check(ExamSittingPlan plan, DateTimeOffset now)
    {
        if (plan.Name.Length == 0)
        {
            return SittingRefusal.NameMissing;
        }

        if (plan.Name.Length > MaxNameLength)
        {
            return SittingRefusal.NameTooLong;
        }

        if (plan.Participants.Count == 0 && plan.Units.Count == 0)
        {
            return SittingRefusal.NoParticipants;
        }

        if (plan.Participants.Count > MaxParticipants || plan.Units.Count > MaxUnits)
        {
            return SittingRefusal.TooManyParticipants;
        }

        if (plan.Participants.Any(p => p.Length > 64 || p.Any(char.IsWhiteSpace)) || plan.Units.Any(u => u.Length > MaxEntryLength))
        {
            return SittingRefusal.ParticipantInvalid;
        }

        if (plan.ClosesAt <= plan.OpensAt)
        {
            return SittingRefusal.WindowInvalid;
        }

        if (plan.ClosesAt - plan.OpensAt > MaxWindow)
        {
            return SittingRefusal.WindowTooLong;
        }

        if (plan.OpensAt < now - PastSlack)
        {
            return SittingRefusal.WindowInPast;
        }

        return plan.DurationMinutes is < 1 or > 600 ? SittingRefusal.DurationOutOfRange
            : plan.WaveSize is < 1 or > 100_000 ? SittingRefusal.WaveSizeInvalid
            : plan.WaveIntervalSeconds is < 0 or > 600 ? SittingRefusal.IntervalOutOfRange
            : SittingRefusal.None;
    }

    /// <summary>Whether two plans are the same apart from the closing time (the only change once a window has opened).</summary>
    public static bool SameButClose(ExamSittingPlan a, ExamSittingPlan b) =>
        a.Name == b.Name && a.OpensAt == b.OpensAt && a.DurationMinutes == b.DurationMinutes && a.WaveSize == b.WaveSize
        && a.WaveIntervalSeconds == b.WaveIntervalSeconds && a.Participants.SequenceEqual(b.Participants, StringComparer.Ordinal)
        && a.Units.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(b.Units.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the sitting is meant for this learner: listed by username/NIP, or in a listed unit.</summary>
    public static bool Includes(ExamSittingPlan plan, string username, string? unit) =>
        plan.Participants.Contains(username, StringComparer.Ordinal)
        || (!string.IsNullOrWhiteSpace(unit) && plan.Units.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase));
}
