using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Sittings;

/// <summary>What the "Ujian Akhir" tab tells a learner whose "Mulai Ujian" met the training's schedule; null for any other outcome.</summary>
public static class SittingStartText
{
    public static string? For(IStringLocalizer<SharedResource> text, ExamStartOutcome outcome) => outcome.Status switch
    {
        ExamStartStatus.SittingNotOpen when outcome.Sitting is { } s =>
            text["Ujian dapat dimulai pada jadwal Anda: {0}.", SittingText.Window(s.OpensAt, s.ClosesAt)].Value,
        ExamStartStatus.SittingEnded => text["Jadwal ujian Anda telah berakhir."].Value,
        ExamStartStatus.NotInSitting => text["Anda tidak terdaftar pada jadwal ujian pelatihan ini."].Value,
        ExamStartStatus.AwaitingAdmission => text["Menunggu giliran masuk ujian"].Value,
        _ => null,
    };
}
