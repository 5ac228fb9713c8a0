using Mooc.Grains.Abstractions.Integrity;
using Mooc.IntegrationTests.Exams;

namespace Mooc.IntegrationTests.Integrity;

/// <summary>One set of the product's processes for the integrity tests, with a training per policy.</summary>
public sealed class IntegrityStack : IAsyncLifetime
{
    public const string Recorded = "UJI-INTEG-CATAT";
    public const string Pages = "UJI-INTEG-TAB";
    public const string Limited = "UJI-INTEG-BATAS";
    public const string Chained = "UJI-INTEG-RANTAI";

    private ExamStack? _exams;

    public ExamStack Exams => _exams ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        var limited = ExamFixture.Exam();
        _exams = await ExamStack.StartAsync(
            (Recorded, ExamFixture.Exam()),
            (Pages, ExamFixture.Exam()),
            (Chained, ExamFixture.Exam()),
            (Limited, limited with { Settings = limited.Settings with { Integrity = IntegrityPolicy.SubmitAtLimit, IncidentLimit = 2 } }));
    }

    public async Task DisposeAsync()
    {
        if (_exams is not null)
        {
            await _exams.DisposeAsync();
        }
    }
}
