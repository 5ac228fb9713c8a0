namespace Mooc.WebFrontend.Media;

/// <summary>Why an uploaded video was refused; each has its Indonesian message on the page.</summary>
public enum VideoUploadProblem
{
    None = 0,
    NoFile,
    TooLarge,
    NotAVideo,
    NoLength,
    TooLong,
}
