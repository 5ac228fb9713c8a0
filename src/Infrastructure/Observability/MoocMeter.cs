using System.Diagnostics.Metrics;

namespace Mooc.Infrastructure.Observability;

/// <summary>
/// The process's one <see cref="Meter"/> named <c>Mooc</c>; each feature defines its instruments on it in a small
/// class of its own. Made by the host's <see cref="IMeterFactory"/>, so it ends with the host (tests host several).
/// </summary>
public sealed class MoocMeter(IMeterFactory factory)
{
    public const string Name = "Mooc";

    public Meter Meter { get; } = factory.Create(Name);
}
