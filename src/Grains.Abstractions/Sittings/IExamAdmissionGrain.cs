namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>
/// The admission queue of one sitting (key: sitting id): hands every examinee who presses "Mulai Ujian" a stable
/// place (0-based, in the order presses arrive), stored before it is returned.
/// </summary>
public interface IExamAdmissionGrain : IGrainWithGuidKey
{
    /// <summary>The examinee's place: the same one every time they ask.</summary>
    Task<int> TakePlaceAsync(string username);

    /// <summary>How many examinees hold a place.</summary>
    Task<int> CountAsync();
}
