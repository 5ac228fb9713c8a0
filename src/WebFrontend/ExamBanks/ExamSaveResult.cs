using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>What saving an exam did: its outcome, or the rule the course grain refused it by (nothing changed).</summary>
public sealed record ExamSaveResult(PublishOutcome? Outcome, ExamRule? Rule, string? QuestionId)
{
    public bool Saved => Outcome is not null;
}
