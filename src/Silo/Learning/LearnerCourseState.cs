namespace Mooc.Silo.Learning;

/// <summary>One training as the learner's stream knows it.</summary>
public sealed class LearnerCourseState
{
    public HashSet<string> CompletedMaterials { get; } = new(StringComparer.Ordinal);

    public bool IsCompleted { get; set; }

    public bool? Passed { get; set; }

    public int? Score { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>The attempt that is open now ("Mulai Ujian" pressed, not yet graded).</summary>
    public Guid? OpenAttempt { get; set; }

    public int AttemptsUsed { get; set; }

    public HashSet<Guid> ClosedAttempts { get; } = [];
}
