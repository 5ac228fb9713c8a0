using Microsoft.AspNetCore.SignalR.Client;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// The exam page's reconnect delays (0, 1, 2, 5 s, then every 5 s). With other frontends to go to, the automatic
/// reconnect stops after <see cref="RetriesBeforeFailover"/> failed retries: the frontend is taken to be gone and the
/// session moves to the next one (see <see cref="ExamHubSession"/>).
/// </summary>
public sealed class ExamRetryPolicy(bool canFailOver) : IRetryPolicy
{
    public const int RetriesBeforeFailover = 2;

    private static readonly TimeSpan[] Delays = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        canFailOver && retryContext.PreviousRetryCount >= RetriesBeforeFailover
            ? null
            : Delays[(int)Math.Min(retryContext.PreviousRetryCount, Delays.Length - 1)];
}
