namespace Mooc.LoadTests.Measurement;

/// <summary>What happened to one examinee's client: something failed, or the server answered it.</summary>
public enum ClientEventKind
{
    /// <summary>A hub invocation or HTTP request failed, or the hub connection was lost or could not be made.</summary>
    Failure,

    /// <summary>A successful SelectAnswer acknowledgement or Join.</summary>
    Success,
}
