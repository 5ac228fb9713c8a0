namespace Mooc.LoadTests.Verification;

/// <summary>One AnswerSelected event of an attempt's stream, in stream order.</summary>
public sealed record StoredAnswer(long Version, int Question, int Option, long ClientSequence);
