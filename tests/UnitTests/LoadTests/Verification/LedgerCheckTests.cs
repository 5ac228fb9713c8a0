using Mooc.LoadTests.Scenarios.UjianMassal.Ledger;
using Mooc.LoadTests.Verification;

namespace Mooc.UnitTests.LoadTests.Verification;

/// <summary>The load driver's check of the event store against what the clients saw acknowledged.</summary>
public sealed class LedgerCheckTests
{
    private static readonly Guid AttemptId = Guid.Parse("0b6f5f0e-64a2-4f43-9a5e-3b1f0c2d9e11");

    [Fact]
    public void EveryAcknowledgedAnswerStoredOnce_ShouldReportNothingLost()
    {
        var ledger = Ledger((1, 1, 2, "Saved"), (2, 2, 0, "Saved"), (3, 1, 3, "Saved"));
        var result = Check(ledger, Stored((1, 1, 2), (2, 2, 0), (3, 1, 3)));

        Assert.True(result.Checked);
        Assert.Equal(3, result.AcknowledgedAnswers);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.FinalAnswerMismatches);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void SavedAnswerMissingFromTheStore_ShouldCountAsLostAndNameIt()
    {
        var result = Check(Ledger((1, 1, 2, "Saved"), (2, 2, 0, "Saved")), Stored((1, 1, 2)));

        Assert.Equal(1, result.Lost);
        Assert.Contains(result.Findings, f => f.Contains("sequence 2", StringComparison.Ordinal) && f.Contains("not stored", StringComparison.Ordinal));
    }

    [Fact]
    public void SequenceStoredTwice_ShouldCountAsDuplicate()
    {
        var result = Check(Ledger((1, 1, 2, "Saved"), (1, 1, 2, "Duplicate")), Stored((1, 1, 2), (1, 1, 2)));

        Assert.Equal(1, result.Duplicates);
        Assert.Equal(0, result.Lost);
    }

    [Fact]
    public void DuplicateAckOfAResentAnswer_ShouldNeedTheEarlierStoredEvent()
    {
        // The first send's acknowledgement was lost with the connection; the resend was answered Duplicate.
        var stored = Check(Ledger((4, 3, 1, "Duplicate")), Stored((4, 3, 1)));
        var missing = Check(Ledger((4, 3, 1, "Duplicate")), Stored());

        Assert.Equal(0, stored.Lost);
        Assert.Equal(1, missing.Lost);
    }

    [Fact]
    public void AnswerStoredUnderItsSequenceWithAnotherOption_ShouldCountAsLost()
    {
        var result = Check(Ledger((1, 1, 2, "Saved")), Stored((1, 1, 3)));

        Assert.Equal(1, result.Lost);
    }

    [Fact]
    public void SupersededOrRefusedAnswers_ShouldNotBeExpectedInTheStore()
    {
        var result = Check(Ledger((1, 1, 2, "Saved"), (2, 1, 0, "Superseded"), (3, 2, 1, "Refused")), Stored((1, 1, 2)));

        Assert.Equal(1, result.AcknowledgedAnswers);
        Assert.Equal(0, result.Lost);
    }

    [Fact]
    public void StoredAnswerWhoseAckNeverArrived_ShouldBeCountedApartAndNotAsLost()
    {
        var ledger = Ledger((1, 1, 2, "Saved"));
        ledger.Sent(2, 2, 1);
        var result = Check(ledger, Stored((1, 1, 2), (2, 2, 1)));

        Assert.Equal(1, result.StoredWithoutAck);
        Assert.Equal(0, result.Lost);
    }

    [Fact]
    public void AttemptMissingFromTheStore_ShouldLoseEveryAcknowledgedAnswer()
    {
        var result = LedgerCheck.Compare([Ledger((1, 1, 2, "Saved"), (2, 2, 1, "Saved"))], new Dictionary<Guid, StoredAttempt>());

        Assert.Equal(2, result.Lost);
        Assert.Contains(result.Findings, f => f.Contains("no ExamStarted", StringComparison.Ordinal));
    }

    private static AttemptLedger Ledger(params (long Sequence, int Question, int Option, string Status)[] answers)
    {
        var ledger = new AttemptLedger("199001012016000001", AttemptId);
        foreach (var (sequence, question, option, status) in answers)
        {
            ledger.Sent(sequence, question, option);
            ledger.Acknowledged(sequence, status);
        }

        return ledger;
    }

    private static StoredAttempt Stored(params (long Sequence, int Question, int Option)[] answers) => new(
        AttemptId, "199001012016000001", DateTimeOffset.UnixEpoch.AddMinutes(15),
        [.. answers.Select((a, i) => new StoredAnswer(i + 2, a.Question, a.Option, a.Sequence))],
        true, false, DateTimeOffset.UnixEpoch.AddMinutes(10), DateTimeOffset.UnixEpoch.AddMinutes(10), null);

    private static Mooc.LoadTests.Reporting.Data.ExamVerification Check(AttemptLedger ledger, StoredAttempt stored) =>
        LedgerCheck.Compare([ledger], new Dictionary<Guid, StoredAttempt> { [AttemptId] = stored });
}
