namespace Mooc.LoadTests.Measurement;

/// <summary>How often one outcome happened, e.g. group "Ack status", name "Saved".</summary>
public sealed record TallyCount(string Group, string Name, long Count);
