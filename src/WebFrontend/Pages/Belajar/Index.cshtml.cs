using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Learning;
using Mooc.WebFrontend.Localization;
using Microsoft.Extensions.Localization;

namespace Mooc.WebFrontend.Pages.Belajar;

/// <summary>The learning page of a followed training (manual D.a reading, D.b video) with the "Ujian Akhir" tab (E.1).</summary>
[Authorize]
public sealed class IndexModel(CatalogService catalog, LearningService learning, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string NotEnrolledMessage = "Daftar pada pelatihan ini terlebih dahulu untuk membuka materinya.";

    public const string CertificatePendingMessage = "Belum ada sertifikat untuk pelatihan ini. Sertifikat terbit sesaat setelah ujian dinyatakan lulus; muat ulang halaman ini sebentar lagi.";

    public CourseDetail Course { get; private set; } = null!;

    public LearnerCourseProgress Progress { get; private set; } = null!;

    public MaterialOutline? Material { get; private set; }

    public MaterialContent? Body { get; private set; }

    public bool ExamTab { get; private set; }

    public IReadOnlyList<MaterialOutline> Materials => Course.Description.Materials;

    public int CompletedCount => Materials.Count(m => Progress.CompletedMaterialIds.Contains(m.Id));

    public int ProgressPercent => Materials.Count == 0 ? 0 : CompletedCount * 100 / Materials.Count;

    public MaterialOutline? Previous => Neighbour(-1);

    public MaterialOutline? Next => Neighbour(+1);

    public async Task<IActionResult> OnGetAsync(string code, string? materialId, string? tab)
    {
        // A withdrawn training stays open to the learners already enrolled; the detail page answers everyone else.
        if (await catalog.GetCourseAnyStatusAsync(code) is not { } course)
        {
            return NotFound();
        }

        Course = course;
        Progress = await learning.GetProgressAsync(User.Username(), code);
        if (!Progress.IsEnrolled)
        {
            TempData["Message"] = NotEnrolledMessage;
            return RedirectToPage("/Pelatihan/Detail", new { code });
        }

        ExamTab = tab == "ujian";
        if (ExamTab)
        {
            return Page();
        }

        Material = materialId is null
            ? Materials.FirstOrDefault(m => !Progress.CompletedMaterialIds.Contains(m.Id)) ?? Materials.FirstOrDefault()
            : Materials.FirstOrDefault(m => m.Id == materialId);
        if (Material is null && materialId is not null)
        {
            return NotFound();
        }

        Body = Material is null ? null : await catalog.GetMaterialAsync(code, Material.Id);
        return Page();
    }

    /// <summary>The browser reports that a reading was scrolled to its end or a video watched to 90%.</summary>
    public async Task<IActionResult> OnPostSelesaiAsync(string code, string materialId)
    {
        if (!CatalogService.IsPlausibleCode(code) || !CatalogService.IsPlausibleCode(materialId))
        {
            return NotFound();
        }

        var outcome = await learning.CompleteMaterialAsync(User.Username(), code, materialId);
        if (outcome is MaterialCompletionOutcome.NotEnrolled or MaterialCompletionOutcome.MaterialNotFound)
        {
            return NotFound(new { outcome = outcome.ToString() });
        }

        var course = await catalog.GetCourseAnyStatusAsync(code);
        var progress = await learning.GetProgressAsync(User.Username(), code);
        var total = course?.Description.Materials.Count ?? 0;
        var completed = course?.Description.Materials.Count(m => progress.CompletedMaterialIds.Contains(m.Id)) ?? 0;
        var percent = total == 0 ? 0 : completed * 100 / total;
        return new JsonResult(new
        {
            outcome = outcome.ToString(),
            completed,
            total,
            percent,
            progressText = text["{0} dari {1} materi selesai ({2}%)", completed, total, percent].Value,
            doneLabel = text["sudah selesai"].Value,
            announcement = text["Materi selesai."].Value,
        });
    }

    /// <summary>"Mulai Ujian" (manual E.1): opens an attempt, or resumes the open one, and goes to the exam page.</summary>
    public async Task<IActionResult> OnPostMulaiUjianAsync(string code, [FromServices] Exams.ExamService exams)
    {
        if (!CatalogService.IsPlausibleCode(code))
        {
            return NotFound();
        }

        var outcome = await exams.StartAsync(User.Username(), code);
        if (outcome.AttemptId is { } attemptId)
        {
            return RedirectToPage("/Ujian/Index", new { attemptId });
        }

        if (Sittings.SittingStartText.For(text, outcome) is { } sittingMessage)
        {
            TempData["ExamMessage"] = sittingMessage;
            if (outcome.Sitting is { Wave: { } wave, AdmitAt: { } admitAt } notice)
            {
                TempData["ExamWave"] = wave;
                // TempData keeps ints, not longs; a wait is at most hours.
                TempData["ExamWaitMs"] = (int)Math.Ceiling(Math.Clamp((admitAt - notice.At).TotalMilliseconds, 0, int.MaxValue));
            }

            return RedirectToPage(new { code, tab = "ujian" });
        }

        TempData["ExamMessage"] = outcome.Status switch
        {
            Grains.Abstractions.Exams.ExamStartStatus.MaterialsIncomplete => "Ujian akhir dapat diikuti setelah semua materi selesai.",
            Grains.Abstractions.Exams.ExamStartStatus.NoAttemptsLeft => "Kesempatan ujian Anda untuk pelatihan ini sudah habis.",
            Grains.Abstractions.Exams.ExamStartStatus.AlreadyPassed => "Anda sudah lulus ujian pelatihan ini.",
            Grains.Abstractions.Exams.ExamStartStatus.NoExam => "Pelatihan ini belum memiliki ujian akhir.",
            _ => NotEnrolledMessage,
        };
        return RedirectToPage(new { code, tab = "ujian" });
    }

    /// <summary>"Download Sertifikat" on the exam's result: the certificate the pass earned, once it is issued.</summary>
    public async Task<IActionResult> OnGetSertifikatAsync(string code)
    {
        if (!CatalogService.IsPlausibleCode(code))
        {
            return NotFound();
        }

        if ((await learning.GetProgressAsync(User.Username(), code)).CertificateNumber is { } number)
        {
            return RedirectToPage("/Sertifikat/Index", new { number });
        }

        TempData["ExamMessage"] = CertificatePendingMessage;
        return RedirectToPage(new { code, tab = "ujian", handler = (string?)null });
    }

    public bool IsDone(MaterialOutline material) => Progress.CompletedMaterialIds.Contains(material.Id);

    private MaterialOutline? Neighbour(int step)
    {
        if (Material is null)
        {
            return null;
        }

        var index = Materials.ToList().FindIndex(m => m.Id == Material.Id) + step;
        return index >= 0 && index < Materials.Count ? Materials[index] : null;
    }
}
