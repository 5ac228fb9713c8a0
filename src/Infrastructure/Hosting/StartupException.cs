namespace Mooc.Infrastructure.Hosting;

/// <summary>A configuration or environment problem that stops a process; its message is shown to the operator as is.</summary>
public sealed class StartupException(string message) : Exception(message);
