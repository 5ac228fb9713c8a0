using Microsoft.Extensions.Localization;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Sittings;

namespace Mooc.UnitTests.Sittings;

public sealed class SittingFormTests
{
    private sealed class Keys : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public void Form_ShouldReadWibTimesAndPastedLists()
    {
        var form = new SittingForm
        {
            Nama = " Gelombang 1 ", Peserta = "199001012015031001\r\n199205172018012002, 198811232012121003\n\n", Unit = "Kantor Imigrasi Kelas I, Jakarta\nKanim Bali",
            Buka = "2026-12-02T09:00", Tutup = "2026-12-02T09:30:00", Durasi = "90", Gelombang = "50", Jeda = "5",
        };

        var (plan, problem) = form.ToPlan(new Keys());

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero), plan!.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero), plan.ClosesAt);
        Assert.Equal(["199001012015031001", "199205172018012002", "198811232012121003"], plan.Participants);
        Assert.Equal(["Kantor Imigrasi Kelas I, Jakarta", "Kanim Bali"], plan.Units);
        Assert.Equal(("Gelombang 1", 90, 50, 5), (plan.Name, plan.DurationMinutes, plan.WaveSize, plan.WaveIntervalSeconds));
    }

    [Fact]
    public void Form_Unreadable_ShouldSayWhatInIndonesian()
    {
        var form = new SittingForm { Buka = "2/12/2026 09:00", Tutup = "2026-12-02T09:30", Durasi = "90", Gelombang = "50", Jeda = "5" };

        Assert.Equal("Waktu buka tidak valid; isi tanggal dan jam (WIB).", form.ToPlan(new Keys()).Problem);
        form.Buka = "2026-12-02T09:00";
        form.Durasi = "satu jam";
        Assert.Equal("Durasi ujian harus berupa bilangan bulat (menit).", form.ToPlan(new Keys()).Problem);
    }

    [Fact]
    public void Window_SameDay_ShouldReadAsTheLearnerSeesIt()
    {
        Assert.Equal("Rabu, 2 Desember 2026 09.00–09.30 WIB",
            SittingText.Window(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero)));
    }
}
