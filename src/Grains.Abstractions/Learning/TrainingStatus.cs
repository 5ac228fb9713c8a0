namespace Mooc.Grains.Abstractions.Learning;

/// <summary>Where a followed training stands: "Pelatihan Aktif" or "Pelatihan Selesai" — never both.</summary>
public enum TrainingStatus
{
    Active = 1,
    Completed = 2,
}
