using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Scenarios.UjianMassal.Board;

namespace Mooc.UnitTests.LoadTests;

/// <summary>How the load driver matches the live board's pushes with the examinees' acknowledgements.</summary>
public sealed class BoardProbeTests
{
    [Fact]
    public void Push_ShouldShowEachNewAnswerOncePerAdminAndIgnoreChangedAnswers()
    {
        var answers = new AttemptAnswers(watchers: 2);
        answers.Acknowledged(question: 1, timestamp: 100);
        answers.Acknowledged(question: 1, timestamp: 150);
        answers.Acknowledged(question: 2, timestamp: 200);

        Assert.Equal([100L, 200L], answers.Shown(0, answered: 2));
        Assert.Empty(answers.Shown(0, answered: 2));
        Assert.Equal([100L], answers.Shown(1, answered: 1));
        Assert.Equal([200L], answers.Shown(1, answered: 2));
        Assert.Empty(answers.Shown(5, answered: 2));
    }

    [Fact]
    public void PushBeforeTheExamineesOwnAcknowledgement_ShouldCountAsShownAtOnce()
    {
        var answers = new AttemptAnswers(watchers: 2);
        Assert.Empty(answers.Shown(0, answered: 1));

        Assert.Equal(1, answers.Acknowledged(question: 4, timestamp: 100));
        Assert.Empty(answers.Shown(0, answered: 1));
        Assert.Equal([100L], answers.Shown(1, answered: 1));
    }

    [Fact]
    public void Probe_ShouldRecordNothingUntilAdminsWatch()
    {
        var recorder = new TimingRecorder("Board update");
        var probe = new BoardProbe(recorder);
        var attempt = Guid.NewGuid();
        probe.Acknowledged(attempt, 1);
        probe.Shown(0, attempt, 1);
        Assert.Equal(0, recorder.Summarize().Count);

        probe.Watch(1);
        probe.Acknowledged(attempt, 1);
        probe.Shown(0, attempt, 1);
        Assert.Equal(1, recorder.Summarize().Count);
    }
}
