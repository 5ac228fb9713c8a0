using Mooc.LoadTests.Monitoring;

namespace Mooc.UnitTests.LoadTests;

public sealed class ProcParserTests
{
    [Fact]
    public void StatLineWhoseCommHoldsSpacesAndParentheses_ShouldSplitAtTheLastParenthesis()
    {
        const string stat = "4242 (my (odd) prog) S 1 4242 4242 0 -1 4194560 1500 0 0 0 123 45 6 7 20 0 9 0 98765 "
            + "250000000 2560 18446744073709551615 1 1 0 0 0 0 0 4096 17 1 0 0 0 0 0";

        var parsed = ProcParser.ParseStat(stat);

        Assert.Equal(new ProcStat("my (odd) prog", 123 + 45, 98765), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 (truncated")]
    [InlineData("4242 (short) S 1 2 3")]
    public void MalformedStatLine_ShouldGiveNull(string stat) => Assert.Null(ProcParser.ParseStat(stat));

    [Fact]
    public void Statm_ShouldGiveResidentPagesTimesPageSize() =>
        Assert.Equal(2560L * 4096, ProcParser.ParseStatmRssBytes("61035 2560 1200 1 0 3000 0\n", 4096));

    [Fact]
    public void Status_ShouldGiveVmRssInBytes() =>
        Assert.Equal(10240L * 1024, ProcParser.ParseStatusRssBytes("Name:\tdotnet\nVmHWM:\t   12000 kB\nVmRSS:\t   10240 kB\nThreads:\t9\n"));

    [Fact]
    public void StatusWithoutVmRss_ShouldGiveNull() =>
        Assert.Null(ProcParser.ParseStatusRssBytes("Name:\tkthreadd\nState:\tS (sleeping)\n"));

    [Fact]
    public void Cmdline_ShouldSplitAtNulAndDropTheTrailingOne() =>
        Assert.Equal(["dotnet", "/srv/Mooc.Silo.dll", "--port", "1"], ProcParser.ParseCmdline("dotnet\0/srv/Mooc.Silo.dll\0--port\01\0"));

    [Fact]
    public void Auxv_ShouldGiveTheClockTickEntry()
    {
        var auxv = new byte[6 * 8];
        BitConverter.TryWriteBytes(auxv.AsSpan(0), 6UL);
        BitConverter.TryWriteBytes(auxv.AsSpan(8), 4096UL);
        BitConverter.TryWriteBytes(auxv.AsSpan(16), 17UL);
        BitConverter.TryWriteBytes(auxv.AsSpan(24), 100UL);

        Assert.Equal(100, ProcParser.ParseAuxvClockTicks(auxv, 8));
    }
}
