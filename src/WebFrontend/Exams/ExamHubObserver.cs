using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Observability;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// Around each <see cref="ExamHub"/> call (every one names its attempt first): a log scope with the <c>AttemptId</c>,
/// and for an answer its acknowledgement counted and timed (<see cref="ExamMetrics"/>). Keeps the hub thin.
/// </summary>
public sealed class ExamHubObserver(ExamMetrics metrics, ILogger<ExamHub> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Hub is not ExamHub || invocationContext.HubMethodArguments is not [Guid attemptId, ..])
        {
            return await next(invocationContext);
        }

        using var scope = AttemptLogScope.Begin(logger, attemptId);
        var received = Stopwatch.GetTimestamp();
        var result = await next(invocationContext);
        if (result is AnswerAck ack)
        {
            metrics.Acknowledged(ack.Status, Stopwatch.GetElapsedTime(received));
        }

        return result;
    }
}
