namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// Every hub method and the hostile calls tried on it. The tests take their cases from here, so a method added to the
/// table is tried; a hub method missing from <see cref="Methods"/> fails <c>HubInventory_ShouldNameEveryHubMethod</c>.
/// <code>
/// Hub (path)                 Method                 Who may call       Ids / arguments tried
/// ExamHub (/hubs/ujian)      Join                   signed-in owner    another's attempt, empty Guid, non-Guid, script, huge string, null
///                            SelectAnswer           owner, active page another's attempt, after submission, repeated/lower sequence, seq 0/-1, question 0/999, option -1/99
///                            Navigate               owner, active page another's attempt, after submission, question 0/999
///                            Submit                 owner, active page another's attempt, empty Guid, after submission
///                            ReportSignal           owner              another's attempt, after submission, unknown/server-only/numeric/script/10,000-char names, null
/// MonitorHub (/hubs/pantau)  Watch, WatchAll, Page, admins only        a learner's connection (403); unknown, empty, script, huge, unicode course codes
///                            ExtendTime, ExtendTimeForAll, ExtendTimeForSitting, End, Reopen, Leave
///                                                                      minutes 0/-5/121, empty and 10,000-char reasons, empty Guid, handed-in attempts
/// ServerClockHub (/hubs/clock) GetServerTime        anyone (public)    unexpected arguments
/// All three                  (any)                                     a 100 KB message: the connection is closed, nothing stored
/// </code>
/// </summary>
public static class HubInventory
{
    private static readonly string Huge = new('x', 10_000);

    /// <summary>The public methods of each hub, by hub type name.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Methods = new Dictionary<string, string[]>
    {
        ["ExamHub"] = ["Join", "SelectAnswer", "Navigate", "Submit", "ReportSignal"],
        ["MonitorHub"] = ["Watch", "WatchAll", "Page", "ExtendTime", "ExtendTimeForAll", "ExtendTimeForSitting", "End", "Reopen", "Leave"],
        ["ServerClockHub"] = ["GetServerTime"],
    };

    public static IReadOnlyList<HubCase> Cases { get; } = Build();

    public static TheoryData<string> Names(HubCaller caller)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => c.Caller == caller))
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static HubCase Find(string name) => Cases.Single(c => c.Name == name);

    private static List<HubCase> Build()
    {
        const string NotYours = "bukan milik Anda";
        const string Invalid = "tidak valid";
        const string UnknownSignal = "Sinyal pengawasan tidak dikenal";
        const string UnknownTraining = "Pelatihan tidak ditemukan.";
        const string Minutes = "antara 1 dan 120 menit";
        const string ReasonRequired = "Alasan wajib diisi.";
        const string ReasonTooLong = "Alasan paling panjang 500 karakter.";
        var exam = HubCaller.LearnerOnExamHub;
        var admin = HubCaller.AdminOnMonitorHub;
        var cases = new List<HubCase>
        {
            // Another learner's attempt, on every exam hub method.
            new("Join: another learner's attempt", exam, "Join", s => [s.SitiLive], HubRefusal.Error, NotYours),
            new("Join: another learner's handed-in attempt", exam, "Join", s => [s.SitiDone], HubRefusal.Error, NotYours),
            new("SelectAnswer: another learner's attempt", exam, "SelectAnswer", s => [s.SitiLive, 1, 0, 1L], HubRefusal.Error, NotYours),
            new("Navigate: another learner's attempt", exam, "Navigate", s => [s.SitiLive, 2], HubRefusal.Error, NotYours),
            new("Submit: another learner's attempt", exam, "Submit", s => [s.SitiLive], HubRefusal.Error, NotYours),
            new("ReportSignal: another learner's attempt", exam, "ReportSignal", s => [s.SitiLive, "TabHidden"], HubRefusal.Error, NotYours),

            // Malformed attempt ids.
            new("Join: empty Guid", exam, "Join", _ => [Guid.Empty], HubRefusal.Error, "tidak ditemukan"),
            new("Submit: empty Guid", exam, "Submit", _ => [Guid.Empty], HubRefusal.Error, "tidak ditemukan"),
            new("SelectAnswer: unknown attempt", exam, "SelectAnswer", _ => [Guid.NewGuid(), 1, 0, 1L], HubRefusal.Error, "tidak ditemukan"),
            new("Join: not a Guid", exam, "Join", _ => ["bukan-guid"], HubRefusal.Error),
            new("Join: script as the id", exam, "Join", _ => [RefusalStack.Script], HubRefusal.Error),
            new("Join: 10,000-character id", exam, "Join", _ => [Huge], HubRefusal.Error),
            new("Join: null id", exam, "Join", _ => [null], HubRefusal.Error),
            new("SelectAnswer: text where numbers go", exam, "SelectAnswer", s => [s.AndiLive, "satu", "A", "x"], HubRefusal.Error),

            // Replays after the attempt was handed in.
            new("SelectAnswer: after submission", exam, "SelectAnswer", s => [s.AndiDone, 1, 0, 99L], HubRefusal.AnswerNotSaved),
            new("SelectAnswer: after submission, a sequence already used", exam, "SelectAnswer", s => [s.AndiDone, 2, 1, 1L], HubRefusal.AnswerNotSaved),
            new("Navigate: after submission", exam, "Navigate", s => [s.AndiDone, 2], HubRefusal.AlreadySubmitted),
            new("Submit: after submission", exam, "Submit", s => [s.AndiDone], HubRefusal.AlreadySubmitted),
            new("ReportSignal: after submission", exam, "ReportSignal", s => [s.AndiDone, "TabHidden"], HubRefusal.SignalNotRecorded),

            // Repeated and out-of-order sequence numbers, and out-of-range arguments, on Andi's own running attempt.
            new("SelectAnswer: repeated sequence number", exam, "SelectAnswer", s => [s.AndiLive, 1, 2, 10L], HubRefusal.AnswerNotSaved),
            new("SelectAnswer: lower sequence for an answered question", exam, "SelectAnswer", s => [s.AndiLive, 1, 3, 5L], HubRefusal.AnswerNotSaved),
            new("SelectAnswer: sequence 0", exam, "SelectAnswer", s => [s.AndiLive, 2, 0, 0L], HubRefusal.AnswerNotSaved, Invalid),
            new("SelectAnswer: negative sequence", exam, "SelectAnswer", s => [s.AndiLive, 2, 0, -1L], HubRefusal.AnswerNotSaved, Invalid),
            new("SelectAnswer: question 0", exam, "SelectAnswer", s => [s.AndiLive, 0, 0, 20L], HubRefusal.AnswerNotSaved, Invalid),
            new("SelectAnswer: question 999", exam, "SelectAnswer", s => [s.AndiLive, 999, 0, 21L], HubRefusal.AnswerNotSaved, Invalid),
            new("SelectAnswer: option -1", exam, "SelectAnswer", s => [s.AndiLive, 2, -1, 22L], HubRefusal.AnswerNotSaved, Invalid),
            new("SelectAnswer: option 99", exam, "SelectAnswer", s => [s.AndiLive, 2, 99, 23L], HubRefusal.AnswerNotSaved, Invalid),
            new("Navigate: question 0", exam, "Navigate", s => [s.AndiLive, 0], HubRefusal.Error, "Nomor soal tidak valid."),
            new("Navigate: question 999", exam, "Navigate", s => [s.AndiLive, 999], HubRefusal.Error, "Nomor soal tidak valid."),
            new("ReportSignal: unknown name", exam, "ReportSignal", s => [s.AndiLive, "TabGone"], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: the server's own signal", exam, "ReportSignal", s => [s.AndiLive, "SecondSession"], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: a number", exam, "ReportSignal", s => [s.AndiLive, "0"], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: another case", exam, "ReportSignal", s => [s.AndiLive, "tabhidden"], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: script", exam, "ReportSignal", s => [s.AndiLive, RefusalStack.Script], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: 10,000 characters", exam, "ReportSignal", s => [s.AndiLive, Huge], HubRefusal.Error, UnknownSignal),
            new("ReportSignal: null", exam, "ReportSignal", s => [s.AndiLive, null], HubRefusal.Error, UnknownSignal),

            // The admin's controls with bad arguments.
            new("ExtendTime: 0 minutes", admin, "ExtendTime", s => [s.SitiLive, 0, "Gangguan listrik"], HubRefusal.BoardRefused, Minutes),
            new("ExtendTime: negative minutes", admin, "ExtendTime", s => [s.SitiLive, -5, "Gangguan listrik"], HubRefusal.BoardRefused, Minutes),
            new("ExtendTime: 121 minutes", admin, "ExtendTime", s => [s.SitiLive, 121, "Gangguan listrik"], HubRefusal.BoardRefused, Minutes),
            new("ExtendTime: empty reason", admin, "ExtendTime", s => [s.SitiLive, 5, "  "], HubRefusal.BoardRefused, ReasonRequired),
            new("ExtendTime: null reason", admin, "ExtendTime", s => [s.SitiLive, 5, null], HubRefusal.BoardRefused, ReasonRequired),
            new("ExtendTime: 10,000-character reason", admin, "ExtendTime", s => [s.SitiLive, 5, Huge], HubRefusal.BoardRefused, ReasonTooLong),
            new("ExtendTime: empty Guid", admin, "ExtendTime", _ => [Guid.Empty, 5, "Gangguan listrik"], HubRefusal.BoardRefused, "tidak ditemukan"),
            new("ExtendTime: handed-in attempt", admin, "ExtendTime", s => [s.AndiDone, 5, "Gangguan listrik"], HubRefusal.BoardRefused, "sudah selesai"),
            new("ExtendTime: not a Guid", admin, "ExtendTime", _ => ["bukan-guid", 5, "Gangguan listrik"], HubRefusal.Error),
            new("ExtendTimeForAll: unknown training", admin, "ExtendTimeForAll", _ => ["UJI-TIDAK-ADA", 5, "Gangguan listrik"], HubRefusal.Error, UnknownTraining),
            new("ExtendTimeForAll: script as the code", admin, "ExtendTimeForAll", _ => [RefusalStack.Script, 5, "Gangguan listrik"], HubRefusal.Error, UnknownTraining),
            new("ExtendTimeForAll: negative minutes", admin, "ExtendTimeForAll", _ => [RefusalStack.Live, -5, "Gangguan listrik"], HubRefusal.Error, Minutes),
            new("ExtendTimeForAll: 10,000-character reason", admin, "ExtendTimeForAll", _ => [RefusalStack.Live, 5, Huge], HubRefusal.Error, ReasonTooLong),
            new("ExtendTimeForAll: nobody running, bad minutes", admin, "ExtendTimeForAll", _ => [RefusalStack.Finished, 500, "Gangguan listrik"], HubRefusal.Error, Minutes),
            new("ExtendTimeForSitting: unknown sitting, negative minutes", admin, "ExtendTimeForSitting", _ => [RefusalStack.Live, Guid.Empty, -1, "Gangguan"], HubRefusal.Error, Minutes),
            new("ExtendTimeForSitting: empty reason", admin, "ExtendTimeForSitting", _ => [RefusalStack.Live, Guid.NewGuid(), 5, ""], HubRefusal.Error, ReasonRequired),
            new("ExtendTimeForSitting: unknown training", admin, "ExtendTimeForSitting", _ => ["<b>UJI</b>", Guid.NewGuid(), 5, "Gangguan"], HubRefusal.Error, UnknownTraining),
            new("End: empty reason", admin, "End", s => [s.SitiLive, ""], HubRefusal.BoardRefused, ReasonRequired),
            new("End: 10,000-character reason", admin, "End", s => [s.SitiLive, Huge], HubRefusal.BoardRefused, ReasonTooLong),
            new("End: handed-in attempt", admin, "End", s => [s.AndiDone, "Gangguan listrik"], HubRefusal.BoardRefused, "sudah selesai"),
            new("End: empty Guid", admin, "End", _ => [Guid.Empty, "Gangguan listrik"], HubRefusal.BoardRefused, "tidak ditemukan"),
            new("Reopen: attempt handed in with Selesai", admin, "Reopen", s => [s.AndiDone, 10, "Gangguan listrik"], HubRefusal.BoardRefused, "Selesai"),
            new("Reopen: passed attempt", admin, "Reopen", s => [s.SitiDone, 10, "Gangguan listrik"], HubRefusal.BoardRefused, "sudah lulus"),
            new("Reopen: running attempt", admin, "Reopen", s => [s.SitiLive, 10, "Gangguan listrik"], HubRefusal.BoardRefused, "masih berlangsung"),
            new("Reopen: negative minutes", admin, "Reopen", s => [s.AndiDone, -10, "Gangguan listrik"], HubRefusal.BoardRefused),
            new("Reopen: 10,000-character reason", admin, "Reopen", s => [s.AndiDone, 10, Huge], HubRefusal.BoardRefused, ReasonTooLong),
            new("Reopen: empty Guid", admin, "Reopen", _ => [Guid.Empty, 10, "Gangguan listrik"], HubRefusal.BoardRefused, "tidak ditemukan"),
            new("Watch: unknown training", admin, "Watch", _ => ["UJI-TIDAK-ADA", null], HubRefusal.Error, UnknownTraining),
            new("Watch: empty code", admin, "Watch", _ => ["", null], HubRefusal.Error, UnknownTraining),
            new("Watch: null code", admin, "Watch", _ => [null, null], HubRefusal.Error, UnknownTraining),
            new("Watch: script as the code", admin, "Watch", _ => [RefusalStack.Script, null], HubRefusal.Error, UnknownTraining),
            new("Watch: 10,000-character code", admin, "Watch", _ => [Huge, null], HubRefusal.Error, UnknownTraining),
            new("Page: unicode code", admin, "Page", _ => ["ÜJI-Ⅸ-测试", null], HubRefusal.Error, UnknownTraining),
            new("Page: script as the code", admin, "Page", _ => [RefusalStack.Script, null], HubRefusal.Error, UnknownTraining),
        };

        // A learner on the admin board: the connection is refused, so none of its methods can be called.
        foreach (var method in Methods["MonitorHub"])
        {
            cases.Add(new($"{method}: a learner on the admin board", HubCaller.LearnerOnMonitorHub, method, _ => [], HubRefusal.ConnectionRefused, "403"));
        }

        return cases;
    }
}
