using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Exams;

/// <summary>Picks an attempt's questions from the bank and orders questions and options, as the settings say.</summary>
public static class AttemptPlanner
{
    public static IReadOnlyList<AttemptQuestion> Plan(ExamDefinition exam, Random random)
    {
        var settings = exam.Settings;
        var bank = exam.Questions.ToList();
        var picked = settings.ShuffleQuestions || settings.QuestionsPerAttempt < bank.Count
            ? bank.OrderBy(_ => random.Next()).Take(settings.QuestionsPerAttempt).ToList()
            : bank.Take(settings.QuestionsPerAttempt).ToList();
        if (!settings.ShuffleQuestions)
        {
            picked = picked.OrderBy(bank.IndexOf).ToList();
        }

        return picked.Select(q =>
        {
            var order = Enumerable.Range(0, q.Options.Count).ToList();
            if (settings.ShuffleOptions)
            {
                order = order.OrderBy(_ => random.Next()).ToList();
            }

            return new AttemptQuestion(q.Id, q.Text, order.Select(i => q.Options[i]).ToList(), order.IndexOf(q.CorrectOption));
        }).ToList();
    }
}
