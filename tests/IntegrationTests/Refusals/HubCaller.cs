namespace Mooc.IntegrationTests.Refusals;

/// <summary>Who makes a hostile hub call.</summary>
public enum HubCaller
{
    /// <summary>Andi on his exam page (<see cref="RefusalStack.AndiExam"/>).</summary>
    LearnerOnExamHub,

    /// <summary>Andi opening the admin board hub: the connection itself must be refused.</summary>
    LearnerOnMonitorHub,

    /// <summary>The admin on the board (<see cref="RefusalStack.AdminBoard"/>) with bad arguments.</summary>
    AdminOnMonitorHub,
}
