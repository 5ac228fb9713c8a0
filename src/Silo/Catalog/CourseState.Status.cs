using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>Whether the course is shown (draft, published, withdrawn), and the material ids it has used.</summary>
public sealed partial class CourseState
{
    public const int MaxReasonLength = 500;

    /// <summary>Null until the course is first saved.</summary>
    public CourseStatus? Status { get; private set; }

    /// <summary>Ids that were in the list of materials once and were removed: never listed again, so old progress and bodies cannot attach to a new material.</summary>
    public IReadOnlyCollection<string> RetiredMaterialIds => _everListed.Where(id => Description?.Materials.Any(m => m.Id == id) != true).Order(StringComparer.Ordinal).ToList();

    private readonly HashSet<string> _everListed = new(StringComparer.Ordinal);

    private void SetDescription(CourseDescription description)
    {
        Description = description;
        _everListed.UnionWith(description.Materials.Select(m => m.Id));
    }

    /// <summary>Taking the course out of the catalogue: nothing when it is already out (draft or withdrawn).</summary>
    public IReadOnlyList<object> DecideWithdraw(string code, ContentEditor editor, string reason)
    {
        Require(Status is not null, $"There is no course {code}.");
        Require(!string.IsNullOrWhiteSpace(reason) && reason.Trim().Length <= MaxReasonLength, $"A reason (at most {MaxReasonLength} characters) is required to withdraw a course.");
        return Status == CourseStatus.Published ? [new CourseWithdrawn(code, editor.Username, editor.Name, reason.Trim())] : [];
    }

    /// <summary>Putting a draft or withdrawn course into the catalogue: every listed material must have its content.</summary>
    public IReadOnlyList<object> DecideRepublish(string code, ContentEditor editor, string? reason)
    {
        Require(Status is not null, $"There is no course {code}.");
        Require((reason?.Trim().Length ?? 0) <= MaxReasonLength, $"The reason is at most {MaxReasonLength} characters.");
        if (Status == CourseStatus.Published)
        {
            return [];
        }

        var empty = Description!.Materials.Where(m => !_materials.ContainsKey(m.Id)).Select(m => m.Id).ToList();
        Require(empty.Count == 0, $"Every material needs its content before the course is published; missing: {string.Join(", ", empty)}.");
        return [new CourseRepublished(code, editor.Username, editor.Name, reason?.Trim() ?? "")];
    }

    private static MaterialKind KindOf(MaterialContent body) => body.VideoPath is null ? MaterialKind.Reading : MaterialKind.Video;
}
