using Mooc.LoadTests.Monitoring;

namespace Mooc.UnitTests.LoadTests;

public sealed class ProcessClassifierTests
{
    private const int Self = 1000;

    [Theory]
    [InlineData("dotnet\0/work/main/src/Silo/bin/Release/net10.0/Mooc.Silo.dll\0", "dotnet", ProcessKinds.Silo)]
    [InlineData("/work/main/src/Silo/bin/Debug/net10.0/Mooc.Silo\0rebuild-projections\0", "Mooc.Silo", ProcessKinds.Silo)]
    [InlineData("/usr/lib/dotnet/dotnet\0exec\0Mooc.Silo.dll\0", "dotnet", ProcessKinds.Silo)]
    [InlineData("dotnet\0/srv/Mooc.WebFrontend.dll\0--urls\0http://127.0.0.1:5080\0", "dotnet", ProcessKinds.Frontend)]
    [InlineData("/srv/Mooc.WebFrontend\0", "Mooc.WebFronten", ProcessKinds.Frontend)]
    [InlineData("postgres: mooc mooc 127.0.0.1(50112) idle\0", "postgres", ProcessKinds.PostgreSql)]
    [InlineData("/usr/lib/postgresql/16/bin/postgres\0-D\0/var/lib/postgresql/16/main\0", "postgres", ProcessKinds.PostgreSql)]
    public void ProductProcess_ShouldBeNamedByItsKind(string cmdline, string comm, string kind) =>
        Assert.Equal(kind, ProcessClassifier.Classify(42, Self, ProcParser.ParseCmdline(cmdline), comm));

    [Theory]
    [InlineData("dotnet\0exec\0--runtimeconfig\0Mooc.UnitTests.runtimeconfig.json\0testhost.dll\0--port\01\0", "dotnet")]
    [InlineData("dotnet\0test\0tests/UnitTests\0", "dotnet")]
    [InlineData("dotnet\0run\0--project\0src/Silo\0", "dotnet")]
    [InlineData("timeout\060\0dotnet\0Mooc.Silo.dll\0", "timeout")]
    [InlineData("", "kthreadd")]
    [InlineData("bash\0", "bash")]
    public void UnrelatedProcess_ShouldBeIgnored(string cmdline, string comm) =>
        Assert.Null(ProcessClassifier.Classify(42, Self, ProcParser.ParseCmdline(cmdline), comm));

    [Fact]
    public void OwnProcess_ShouldBeTheLoadDriverWhateverItRuns() =>
        Assert.Equal(ProcessKinds.LoadDriver, ProcessClassifier.Classify(Self, Self, ProcParser.ParseCmdline("dotnet\0Mooc.Silo.dll\0"), "dotnet"));
}
