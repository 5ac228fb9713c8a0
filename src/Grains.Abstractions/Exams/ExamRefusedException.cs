namespace Mooc.Grains.Abstractions.Exams;

/// <summary>An exam edit broke a rule; nothing changed. <see cref="Rule"/> says which, <see cref="QuestionId"/> which question (if any).</summary>
[GenerateSerializer]
public sealed class ExamRefusedException : ArgumentException
{
    public ExamRefusedException()
    {
    }

    public ExamRefusedException(string message)
        : base(message)
    {
    }

    public ExamRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ExamRefusedException(ExamRule rule, string? questionId, string message)
        : base(message)
    {
        Rule = rule;
        QuestionId = questionId;
    }

    [Id(0)]
    public ExamRule Rule { get; private set; }

    [Id(1)]
    public string? QuestionId { get; private set; }
}
