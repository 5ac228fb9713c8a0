using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.Sittings;

namespace Mooc.UnitTests.Sittings;

public sealed class SittingMatchTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static ExamSitting Sitting(string[] participants, string[] units, int opensAfterNine, bool cancelled = false) =>
        new(Guid.NewGuid(), "PLT-UJI", new ExamSittingPlan("S", participants, units, Nine.AddMinutes(opensAfterNine), Nine.AddMinutes(opensAfterNine + 30), 60, 10, 5),
            "Admin", Nine.AddDays(-1), cancelled ? "batal" : null, cancelled ? "Admin" : null);

    [Fact]
    public void NoSittingsOrOnlyCancelledOnes_ShouldLeaveTheStartFree()
    {
        Assert.Equal(SittingMatchKind.NoSchedule, SittingMatch.For([], "andi", null, Nine).Kind);
        Assert.Equal(SittingMatchKind.NoSchedule, SittingMatch.For([Sitting(["andi"], [], 0, cancelled: true)], "andi", null, Nine).Kind);
    }

    [Fact]
    public void Learner_ShouldBeMatchedByUsernameOrUnit_AndByTheWindow()
    {
        var morning = Sitting(["andi"], [], 0);
        var afternoon = Sitting([], ["Kanim Jakarta"], 300);
        IReadOnlyList<ExamSitting> all = [afternoon, morning];

        Assert.Equal((SittingMatchKind.Open, morning), (SittingMatch.For(all, "andi", "Kanim Bali", Nine.AddMinutes(1)).Kind, SittingMatch.For(all, "andi", "Kanim Bali", Nine.AddMinutes(1)).Sitting));
        Assert.Equal(SittingMatchKind.NotYet, SittingMatch.For(all, "andi", null, Nine.AddMinutes(-1)).Kind);
        Assert.Equal(SittingMatchKind.Ended, SittingMatch.For(all, "andi", null, Nine.AddMinutes(31)).Kind);
        var siti = SittingMatch.For(all, "siti", " kanim jakarta ", Nine.AddMinutes(1));
        Assert.Equal((SittingMatchKind.NotYet, afternoon), (siti.Kind, siti.Sitting));
        Assert.Equal(SittingMatchKind.NotListed, SittingMatch.For(all, "budi", "Kanim Bali", Nine.AddMinutes(1)).Kind);
    }

    [Fact]
    public void AfterTheFirstSittingEnded_TheNextOneOfTheLearnerShouldBeNamed()
    {
        var first = Sitting(["andi"], [], 0);
        var second = Sitting(["andi"], [], 120);

        var match = SittingMatch.For([first, second], "andi", null, Nine.AddMinutes(60));

        Assert.Equal((SittingMatchKind.NotYet, second), (match.Kind, match.Sitting));
    }
}
