using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Microsoft.Extensions.Options;

namespace Mooc.Silo.Certificates;

/// <summary>
/// Prepares the certificate a pass earns: a fresh number and a snapshot of the learner's name and NIP, the
/// training's title and JP, and the signatory configured today. The attempt grain appends it to its stream.
/// None for a fail or a training without certificate.
/// </summary>
public sealed class CertificateIssuer(IGrainFactory grains, IOptions<CertificateOptions> options, ILogger<CertificateIssuer> logger)
{
    public async Task<CertificateIssued?> PrepareAsync(ExamGraded graded, DateTimeOffset now)
    {
        if (!graded.Passed)
        {
            return null;
        }

        var course = await grains.GetGrain<ICourseGrain>(graded.CourseCode).GetDescriptionAsync();
        if (course is not { HasCertificate: true })
        {
            return null;
        }

        // Only a signed-in account starts an attempt, so a missing one means nobody is left to hold the certificate.
        if (await grains.GetGrain<IAccountGrain>(graded.Username).GetProfileAsync() is not { } profile)
        {
            logger.LogWarning("Attempt {AttemptId} passed, but its account {Username} does not exist: no certificate", graded.AttemptId, graded.Username);
            return null;
        }

        var signatory = options.Value.Signatory;
        return new CertificateIssued(CertificateNumber.New(), graded.AttemptId, graded.Username, profile.FullName, profile.Nip,
            graded.CourseCode, course.Title, course.LessonHours, graded.Score, graded.SubmittedAt, now,
            signatory.Place, signatory.Position, signatory.Name, signatory.Nip);
    }

    /// <summary>Warms the certificate's grain; the read model follows from the event either way, so a failure only logs.</summary>
    public async Task HandOverAsync(CertificateIssued issued)
    {
        try
        {
            await grains.GetGrain<ICertificateGrain>(issued.Number).RememberAsync(issued);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Certificate {Number} of attempt {AttemptId} is issued; its grain will read it from the read model", issued.Number, issued.AttemptId);
        }
    }
}
