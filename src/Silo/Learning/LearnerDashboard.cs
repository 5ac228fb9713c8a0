namespace Mooc.Silo.Learning;

/// <summary>Read model: a learner's dashboard totals (document id = username). Active + Completed = Followed.</summary>
public sealed class LearnerDashboard
{
    public string Id { get; set; } = "";

    public int Followed { get; set; }

    public int Active { get; set; }

    public int Completed { get; set; }
}
