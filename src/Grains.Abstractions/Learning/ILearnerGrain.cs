namespace Mooc.Grains.Abstractions.Learning;

/// <summary>One learner (key: username); single writer of the learner's stream: enrolments, and later progress.</summary>
public interface ILearnerGrain : IGrainWithStringKey
{
    /// <summary>Enrols in a published training; enrolling again changes nothing.</summary>
    Task<EnrolmentOutcome> EnrolAsync(string courseCode);

    Task<bool> IsEnrolledAsync(string courseCode);
}
