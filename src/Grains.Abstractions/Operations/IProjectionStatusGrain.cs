namespace Mooc.Grains.Abstractions.Operations;

/// <summary>Reports the projection daemon's progress; a stateless worker on the silos.</summary>
public interface IProjectionStatusGrain : IGrainWithIntegerKey
{
    Task<ProjectionStatus> GetStatusAsync();
}
