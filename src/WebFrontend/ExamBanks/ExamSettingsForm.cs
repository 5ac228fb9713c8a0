using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>The exam settings form ("Pengaturan Ujian"); the course grain's rules check it.</summary>
public sealed class ExamSettingsForm
{
    public int QuestionsPerAttempt { get; set; }

    public int DurationMinutes { get; set; }

    public int PassingGrade { get; set; }

    public int MaxAttempts { get; set; }

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleOptions { get; set; }

    public bool RequireAllMaterials { get; set; }

    public IntegrityPolicy Integrity { get; set; }

    /// <summary>Only used under <see cref="IntegrityPolicy.SubmitAtLimit"/>.</summary>
    public int IncidentLimit { get; set; }

    public static ExamSettingsForm From(ExamSettings s) => new()
    {
        QuestionsPerAttempt = s.QuestionsPerAttempt, DurationMinutes = s.DurationMinutes, PassingGrade = s.PassingGrade, MaxAttempts = s.MaxAttempts,
        ShuffleQuestions = s.ShuffleQuestions, ShuffleOptions = s.ShuffleOptions, RequireAllMaterials = s.RequireAllMaterials,
        Integrity = s.Integrity, IncidentLimit = s.Integrity == IntegrityPolicy.SubmitAtLimit ? s.IncidentLimit : 3,
    };

    public ExamSettings ToSettings() =>
        new(QuestionsPerAttempt, DurationMinutes, PassingGrade, MaxAttempts, ShuffleQuestions, ShuffleOptions, RequireAllMaterials,
            Integrity, Integrity == IntegrityPolicy.SubmitAtLimit ? IncidentLimit : 0);
}
