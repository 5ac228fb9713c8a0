namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>
/// What the exam page (or the attempt itself, for <see cref="SecondSession"/>) noticed. The ones that leave the
/// exam or try to take text out of it are incidents; coming back (<see cref="TabVisible"/>, <see cref="WindowFocused"/>)
/// is recorded so the replay shows how long the examinee was away, and is not counted.
/// </summary>
public enum ProctoringSignal
{
    TabHidden = 1,
    TabVisible = 2,
    WindowBlurred = 3,
    WindowFocused = 4,
    FullscreenExited = 5,
    CopyAttempted = 6,
    PasteAttempted = 7,
    ContextMenuOpened = 8,

    /// <summary>Another tab or device opened the attempt while a page of it was connected, and took it over. Only the server records it.</summary>
    SecondSession = 9,
}
