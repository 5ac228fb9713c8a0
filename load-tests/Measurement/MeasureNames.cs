namespace Mooc.LoadTests.Measurement;

/// <summary>
/// Display names of the measures, shared by the recorders and the views that pick them out.
/// Short so that the console table fits 80 columns; the report notes spell them out.
/// </summary>
public static class MeasureNames
{
    public const string HttpGet = "GET /";
    public const string HubConnect = "Hub connect";
    public const string HubInvoke = "Hub invoke";
    public const string ClockDrift = "Clock drift";
    public const string SignIn = "Sign-in";
    public const string StartExam = "Mulai Ujian";
    public const string AdmissionWait = "Admission wait";
    public const string Join = "Join";
    public const string Navigate = "Navigate";
    public const string AnswerAck = "Answer ack";
    public const string AnswerAckDuringSignIns = "Answer ack, sign-ins running";
    public const string AnswerAckQuiet = "Answer ack, no sign-in";
    public const string Submit = "Submit";
    public const string RemainingDrift = "Remaining drift";
    public const string DeadlineDrift = "Shown deadline drift";
    public const string DeadlineSubmit = "Deadline submit";
    public const string DeadlinePush = "Deadline push";
    public const string ProjectionLag = "Projection lag";
    public const string BoardUpdate = "Board update";
}
