namespace Mooc.Silo.Hosting;

/// <summary>The <c>Mooc</c> configuration section of a silo.</summary>
public sealed class SiloOptions
{
    public const string Section = "Mooc";

    /// <summary>Publish the demo trainings at start-up (the run command turns it on).</summary>
    public bool SeedDemoContent { get; set; }
}
