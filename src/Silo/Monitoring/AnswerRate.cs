namespace Mooc.Silo.Monitoring;

/// <summary>Answers stored in the last 60 seconds, counted in one-second buckets.</summary>
public sealed class AnswerRate
{
    private const int Seconds = 60;
    private readonly int[] _counts = new int[Seconds];
    private readonly long[] _bucketSecond = new long[Seconds];

    public void Add(DateTimeOffset at, int answers)
    {
        if (answers <= 0)
        {
            return;
        }

        var second = at.ToUnixTimeSeconds();
        var i = (int)(second % Seconds);
        if (_bucketSecond[i] != second)
        {
            _bucketSecond[i] = second;
            _counts[i] = 0;
        }

        _counts[i] += answers;
    }

    public int PerMinute(DateTimeOffset now)
    {
        var current = now.ToUnixTimeSeconds();
        var total = 0;
        for (var i = 0; i < Seconds; i++)
        {
            if (current - _bucketSecond[i] < Seconds)
            {
                total += _counts[i];
            }
        }

        return total;
    }
}
