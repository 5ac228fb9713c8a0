namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>Which signals count as incidents, and which a page may report (the second session is the server's to notice).</summary>
public static class ProctoringSignals
{
    public static bool IsIncident(ProctoringSignal signal) => signal is not (ProctoringSignal.TabVisible or ProctoringSignal.WindowFocused);

    public static bool PageMayReport(ProctoringSignal signal) => Enum.IsDefined(signal) && signal != ProctoringSignal.SecondSession;

    /// <summary>A signal a page may report, by its exact name ("TabHidden"); no numbers, no combinations, no other case.</summary>
    public static bool TryParsePageSignal(string? name, out ProctoringSignal signal)
    {
        signal = default;
        if (name is null || !Enum.GetNames<ProctoringSignal>().Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        signal = Enum.Parse<ProctoringSignal>(name);
        return PageMayReport(signal);
    }
}
