namespace Mooc.Grains.Abstractions.Learning;

/// <summary>
/// A training ended for a learner ("Pelatihan Selesai", manual F): the final exam was passed, or failed with
/// no attempt left. <see cref="AttemptId"/> is the attempt that decided it; <see cref="CertificateNumber"/> the
/// certificate it earned (none for a fail, or a training without certificate).
/// </summary>
public sealed record TrainingCompleted(string Username, string CourseCode, bool Passed, int Score, Guid AttemptId, string? CertificateNumber = null);
