namespace Mooc.WebFrontend.ExamBanks;

public static class ExamBanksFeature
{
    public static IServiceCollection AddExamBanks(this IServiceCollection services) => services.AddSingleton<ExamBankService>();
}
