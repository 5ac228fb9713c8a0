namespace Mooc.LoadTests.Measurement;

/// <summary>How often one operation failed in one way, e.g. "GET /" with "HTTP 503 ServiceUnavailable".</summary>
public sealed record ErrorCount(string Operation, string Kind, long Count);
