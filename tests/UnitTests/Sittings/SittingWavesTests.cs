using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.Sittings;

namespace Mooc.UnitTests.Sittings;

public sealed class SittingWavesTests
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static ExamSittingPlan Plan(int size, int interval) => new("S", ["a"], [], Opens, Opens.AddHours(1), 60, size, interval);

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(49, 1, 0)]
    [InlineData(50, 2, 5)]
    [InlineData(99, 2, 5)]
    [InlineData(100, 3, 10)]
    [InlineData(2999, 60, 295)]
    public void Place_ShouldFallInItsWave_AdmittedIntervalsAfterTheOpening(int place, int wave, int secondsAfterOpening)
    {
        var plan = Plan(50, 5);

        Assert.Equal(wave, SittingWaves.Wave(plan, place));
        Assert.Equal(Opens.AddSeconds(secondsAfterOpening), SittingWaves.AdmitAt(plan, place));
    }

    [Fact]
    public void NoInterval_ShouldAdmitEveryoneAtTheOpening()
    {
        Assert.Equal(Opens, SittingWaves.AdmitAt(Plan(1, 0), 10_000));
    }

    [Fact]
    public void AdmissionState_ShouldKeepPlacesStableAndInOrder()
    {
        var state = new ExamAdmissionState();
        var id = Guid.NewGuid();
        foreach (var e in state.DecideAdmit(id, ["siti", "andi", "siti"], Opens))
        {
            state.Apply(e);
        }

        Assert.Empty(state.DecideAdmit(id, ["andi"], Opens));
        foreach (var e in state.DecideAdmit(id, ["andi", "budi"], Opens))
        {
            state.Apply(e);
        }

        Assert.Equal((0, 1, 2, 3), (state.PlaceOf("siti"), state.PlaceOf("andi"), state.PlaceOf("budi"), state.Count));
    }
}
