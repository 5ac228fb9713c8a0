using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.Exams;

namespace Mooc.UnitTests.Exams;

/// <summary>The attempt's part in certificates: a pass awaits one until it is in the stream; a fail never does.</summary>
public sealed class ExamAttemptCertificateTests
{
    private static readonly Guid AttemptId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pass_ShouldAwaitACertificateUntilOneIsIssued()
    {
        var state = Graded(correctAnswers: 2);
        Assert.True(state.Graded!.Passed);
        Assert.True(state.AwaitsCertificate);

        var issued = new CertificateIssued(CertificateNumber.New(), AttemptId, "ani", "Ani", "1990", "UJI", "Judul", 8, 100,
            state.Graded.SubmittedAt, Start.AddMinutes(6), "Jakarta", "Kepala", "Nama", "");
        state.Apply(issued);

        Assert.False(state.AwaitsCertificate);
        Assert.Same(issued, state.Certificate);
    }

    [Fact]
    public void Fail_ShouldNeverAwaitACertificate()
    {
        var state = Graded(correctAnswers: 0);

        Assert.False(state.Graded!.Passed);
        Assert.False(state.AwaitsCertificate);
        Assert.Null(state.Certificate);
    }

    [Fact]
    public void AttemptInProgress_ShouldNotAwaitACertificate()
    {
        var state = new ExamAttemptState();
        state.Apply(Started());

        Assert.False(state.AwaitsCertificate);
    }

    private static ExamAttemptState Graded(int correctAnswers)
    {
        var state = new ExamAttemptState();
        var started = Started();
        state.Apply(started);
        for (var n = 1; n <= 2; n++)
        {
            var option = n <= correctAnswers ? started.Questions[n - 1].CorrectOption : (started.Questions[n - 1].CorrectOption + 1) % 4;
            var (events, _) = state.DecideAnswer(n, option, n, Start.AddMinutes(n));
            events.ToList().ForEach(state.Apply);
        }

        state.DecideSubmit(Start.AddMinutes(5), byServer: false).ToList().ForEach(state.Apply);
        return state;
    }

    private static ExamStarted Started() => new(AttemptId, "ani", "UJI", 1,
        [new AttemptQuestion("q1", "Satu?", ["A", "B", "C", "D"], 1), new AttemptQuestion("q2", "Dua?", ["A", "B", "C", "D"], 3)],
        70, 3, Start, Start.AddMinutes(20));
}
