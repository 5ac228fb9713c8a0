using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Learning;

/// <summary>Read model: one training a learner follows (document id = <c>username/code</c>).</summary>
public sealed class LearnerTraining
{
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string CourseCode { get; set; } = "";

    public DateTimeOffset EnrolledAt { get; set; }

    public List<string> CompletedMaterialIds { get; set; } = [];

    public TrainingStatus Status { get; set; } = TrainingStatus.Active;

    public bool? Passed { get; set; }

    public int? Score { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CertificateNumber { get; set; }

    public static string IdFor(string username, string courseCode) => $"{username}/{courseCode}";
}
