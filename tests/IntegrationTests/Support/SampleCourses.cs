using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.IntegrationTests.Support;

/// <summary>A publishable course for tests that only need something to reach the catalogue (the projections' work).</summary>
public static class SampleCourses
{
    public static readonly CourseDescription PengawasanOrangAsing = new(
        "Pengawasan Orang Asing", "Tata cara pengawasan keberadaan dan kegiatan orang asing.",
        CourseLevel.Basic, 8, true, "BPSDM Kementerian Imigrasi dan Pemasyarakatan",
        "Pelatihan ini membahas pengawasan orang asing.", ["ASN aktif"], new InstructorProfile("Dr. Uji", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Dasar hukum pengawasan", MaterialKind.Reading, 20)], 10, null);
}
