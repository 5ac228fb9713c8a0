namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The call came from a page the attempt was taken over from (another tab or device has it); nothing changed.</summary>
[GenerateSerializer]
public sealed class AttemptElsewhereException : Exception
{
    /// <summary>What the page shows the examinee.</summary>
    public const string Text = "Ujian ini sedang dikerjakan di tab atau perangkat lain. Tekan \"Lanjutkan di sini\" untuk mengerjakannya di halaman ini.";

    public AttemptElsewhereException()
        : base(Text)
    {
    }

    public AttemptElsewhereException(string message)
        : base(message)
    {
    }

    public AttemptElsewhereException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
