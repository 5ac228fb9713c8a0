namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>Where a sitting stands: "terjadwal", "berlangsung", "selesai", "dibatalkan".</summary>
public enum SittingPhase
{
    Scheduled = 1,
    Open = 2,
    Ended = 3,
    Cancelled = 4,
}
