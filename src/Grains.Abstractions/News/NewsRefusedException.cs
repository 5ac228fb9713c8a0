namespace Mooc.Grains.Abstractions.News;

/// <summary>A news edit broke a rule; nothing changed. <see cref="Field"/> names the field (slug, title, summary, body, category) or is null.</summary>
[GenerateSerializer]
public sealed class NewsRefusedException : ArgumentException
{
    public NewsRefusedException()
    {
    }

    public NewsRefusedException(string message)
        : base(message)
    {
    }

    public NewsRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public NewsRefusedException(string? field, string message)
        : base(message)
    {
        Field = field;
    }

    [Id(0)]
    public string? Field { get; private set; }
}
