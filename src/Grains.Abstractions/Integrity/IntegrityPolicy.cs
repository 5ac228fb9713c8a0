namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>What an exam does about incidents (set per training in "Pengaturan Ujian"; fixed for an attempt at its start).</summary>
public enum IntegrityPolicy
{
    /// <summary>Incidents are recorded and shown to the supervisors only.</summary>
    RecordOnly = 0,

    /// <summary>Recorded, and the examinee sees a warning each time.</summary>
    Warn = 1,

    /// <summary>Recorded, warned, and the attempt is ended and graded at the training's incident limit.</summary>
    SubmitAtLimit = 2,
}
