namespace Mooc.WebFrontend.Localization;

/// <summary>
/// Marker for the one resource set of the UI. Keys are the Indonesian texts themselves (Indonesian is the
/// default and needs no file); <c>Resources/Localization.SharedResource.en.resx</c> holds the English.
/// </summary>
public sealed class SharedResource;
