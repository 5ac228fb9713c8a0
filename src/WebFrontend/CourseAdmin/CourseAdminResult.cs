namespace Mooc.WebFrontend.CourseAdmin;

/// <summary>What an editor's change did: done, or refused with an Indonesian message key and its argument.</summary>
public sealed record CourseAdminResult(bool Done, string? Message = null, string Argument = "")
{
    public static CourseAdminResult Ok { get; } = new(true);

    public static CourseAdminResult Refused(string message, string argument = "") => new(false, message, argument);
}
