using System.Text.Json;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.EventStore;
using Mooc.Silo.Integrity;

namespace Mooc.UnitTests.Integrity;

/// <summary>
/// The hash chain over a stream: the same content always gives the same digest however its JSON keys were ordered
/// when stored, and a changed, missing, reordered or unchained event is found at its own place in the stream.
/// </summary>
public sealed class EventChainTests
{
    private const string Stream = "attempt:0f0e";
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Attempt = Guid.Parse("6f1d8c62-5d2e-4f43-9a55-0c2a8f8d1b11");

    [Fact]
    public void Digest_ShouldDependOnPredecessorStreamVersionTypeAndEveryField()
    {
        var answer = new AnswerSelected(Attempt, 1, 2, 7, T0);
        var digest = EventChain.Digest(EventChain.Genesis, Stream, 1, answer);

        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Equal(digest, EventChain.Digest(EventChain.Genesis, Stream, 1, answer with { }));
        Assert.All(
            new[]
            {
                EventChain.Digest("ab", Stream, 1, answer),
                EventChain.Digest(EventChain.Genesis, "attempt:other", 1, answer),
                EventChain.Digest(EventChain.Genesis, Stream, 2, answer),
                EventChain.Digest(EventChain.Genesis, Stream, 1, answer with { Option = 3 }),
                EventChain.Digest(EventChain.Genesis, Stream, 1, answer with { At = T0.AddTicks(1) }),
                EventChain.Digest(EventChain.Genesis, Stream, 1, new QuestionNavigated(Attempt, 1, T0)),
            },
            other => Assert.NotEqual(digest, other));
    }

    [Fact]
    public void CanonicalJson_ShouldSortKeysAtEveryLevelSoStoredKeyOrderDoesNotMatter()
    {
        var json = EventChain.CanonicalJson(new Nested(new Dictionary<string, int> { ["zeta"] = 1, ["alpha"] = 2 }, [new Inner(2, 1)], "x"));

        Assert.Equal("""{"Items":[{"A":1,"B":2}],"Map":{"alpha":2,"zeta":1},"Name":"x"}""", json);
    }

    [Fact]
    public void DigestAfterAJsonRoundTrip_ShouldEqualTheDigestWhenWritten()
    {
        var started = new ExamStarted(Attempt, "andi", "PLT-001", 1,
            [new AttemptQuestion("q01", "Apa?", ["A", "B"], 1), new AttemptQuestion("q02", "Siapa?", ["C", "D"], 0)],
            70, 3, T0, T0.AddMinutes(20), null, IntegrityPolicy.Warn, 0);
        var stored = JsonSerializer.Deserialize<ExamStarted>(JsonSerializer.Serialize(started))!;

        Assert.Equal(EventChain.Digest(EventChain.Genesis, Stream, 1, started), EventChain.Digest(EventChain.Genesis, Stream, 1, stored));
    }

    [Fact]
    public void IntactChain_ShouldBeReportedWithItsLastDigest()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1), Answer(3, 2));

        Assert.Equal(new ChainVerdict(3, ChainBreak.None, null, null, events[2].Digest), EventChainVerifier.Verify(Stream, events));
        Assert.Equal(new ChainVerdict(0, ChainBreak.None, null, null, null), EventChainVerifier.Verify(Stream, []));
    }

    [Fact]
    public void ChangedContent_ShouldBeFoundAtThatEvent()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1), Answer(3, 2)).ToList();
        events[1] = events[1] with { Data = Answer(2, 3) };

        var verdict = EventChainVerifier.Verify(Stream, events);

        Assert.Equal((ChainBreak.ContentAltered, 2L, "answer_selected"), (verdict.Break, verdict.BrokenVersion, verdict.BrokenEventType));
    }

    [Fact]
    public void ChangedContentWithARecomputedDigest_ShouldBreakTheLinkOfTheNextEvent()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1), Answer(3, 2)).ToList();
        var forged = Answer(2, 3);
        events[1] = events[1] with { Data = forged, Digest = EventChain.Digest(events[1].PreviousDigest!, Stream, 2, forged) };

        Assert.Equal((ChainBreak.LinkBroken, 3L), Broken(EventChainVerifier.Verify(Stream, events)));
    }

    [Fact]
    public void DeletedEvent_ShouldBeFoundAtTheEventAfterTheGap()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1), Answer(3, 2)).ToList();
        events.RemoveAt(1);

        Assert.Equal((ChainBreak.EventMissing, 3L), Broken(EventChainVerifier.Verify(Stream, events)));
    }

    [Fact]
    public void SwappedEventsRenumbered_ShouldBreakTheChainAtTheFirstOfThem()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1), Answer(3, 2)).ToList();
        (events[1], events[2]) = (events[2] with { Version = 2 }, events[1] with { Version = 3 });

        Assert.Equal((ChainBreak.ContentAltered, 2L), Broken(EventChainVerifier.Verify(Stream, events)));
    }

    [Fact]
    public void EventWithoutDigest_ShouldBeReportedUnchained()
    {
        var events = Chain(Answer(1, 0), Answer(2, 1)).ToList();
        events[0] = events[0] with { Digest = null, PreviousDigest = null };

        Assert.Equal((ChainBreak.Unchained, 1L), Broken(EventChainVerifier.Verify(Stream, events)));
    }

    [Fact]
    public void CertificateWithAnotherDigestThanTheChain_ShouldBeReported()
    {
        var issued = new CertificateIssued("7K3Q-9XHT-2MVA-PD4E", Attempt, "andi", "Andi", "1990", "PLT-001", "Pelatihan", 20, 100, T0, T0,
            "Jakarta", "Kepala", "Dr. Kepala", "1970", AttemptDigest: new string('0', 64));
        var events = Chain(Answer(1, 0), issued);

        Assert.Equal((ChainBreak.CertificateMismatch, 2L), Broken(EventChainVerifier.Verify(Stream, events)));
        Assert.Equal(ChainBreak.None, EventChainVerifier.Verify(Stream, Chain(Answer(1, 0), issued with { AttemptDigest = events[0].Digest })).Break);
    }

    private static (ChainBreak, long?) Broken(ChainVerdict verdict) => (verdict.Break, verdict.BrokenVersion);

    private static AnswerSelected Answer(int question, int option) => new(Attempt, question, option, question, T0.AddSeconds(question));

    /// <summary>Events as the journal stores them: each with the digest of the one before and its own.</summary>
    private static IReadOnlyList<RecordedEvent> Chain(params object[] data)
    {
        var previous = EventChain.Genesis;
        var events = new List<RecordedEvent>();
        foreach (var e in data)
        {
            var version = events.Count + 1;
            var digest = EventChain.Digest(previous, Stream, version, e);
            events.Add(new RecordedEvent(version, version, T0, e, e is AnswerSelected ? "answer_selected" : "certificate_issued", previous, digest));
            previous = digest;
        }

        return events;
    }

    private sealed record Inner(int B, int A);

    private sealed record Nested(Dictionary<string, int> Map, IReadOnlyList<Inner> Items, string Name);
}
