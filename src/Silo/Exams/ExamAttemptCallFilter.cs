using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Observability;

namespace Mooc.Silo.Exams;

/// <summary>
/// Around every call into an attempt grain (reminder ticks included): a log scope with its <c>AttemptId</c>, so every
/// line written meanwhile carries it, and the count of answers stored. A filter rather than a line in each method.
/// </summary>
public sealed class ExamAttemptCallFilter(ExamAttemptMetrics metrics, ILogger<ExamAttemptGrain> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext.GrainInstance is not ExamAttemptGrain)
        {
            await context.Invoke();
            return;
        }

        using (AttemptLogScope.Begin(logger, context.TargetId.GetGuidKey()))
        {
            await context.Invoke();
        }

        if (context.Result is AnswerAck { Status: AnswerAckStatus.Saved })
        {
            metrics.AnswerStored();
        }
    }
}
