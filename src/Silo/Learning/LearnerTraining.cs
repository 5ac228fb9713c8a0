namespace Mooc.Silo.Learning;

/// <summary>Read model: one training a learner follows (document id = <c>username/code</c>).</summary>
public sealed class LearnerTraining
{
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string CourseCode { get; set; } = "";

    public DateTimeOffset EnrolledAt { get; set; }

    public static string IdFor(string username, string courseCode) => $"{username}/{courseCode}";
}
