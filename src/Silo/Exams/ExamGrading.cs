namespace Mooc.Silo.Exams;

/// <summary>Score 0–100 from correct answers, rounded half up; passed when the score reaches the passing grade.</summary>
public static class ExamGrading
{
    public static int Score(int correct, int total) =>
        total <= 0 ? 0 : (int)Math.Round(100.0 * correct / total, MidpointRounding.AwayFromZero);

    public static bool Passed(int score, int passingGrade) => score >= passingGrade;
}
