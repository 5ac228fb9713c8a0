namespace Mooc.Grains.Abstractions.Exams;

/// <summary>A call named someone other than the attempt's examinee, or an attempt that does not exist; nothing changed.</summary>
[GenerateSerializer]
public sealed class AttemptAccessDeniedException : Exception
{
    public AttemptAccessDeniedException()
        : base("This exam attempt does not belong to you.")
    {
    }

    public AttemptAccessDeniedException(string message)
        : base(message)
    {
    }

    public AttemptAccessDeniedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
