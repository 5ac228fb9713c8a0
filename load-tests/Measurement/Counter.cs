namespace Mooc.LoadTests.Measurement;

/// <summary>A thread-safe count that can also go down (for gauges such as active users).</summary>
public sealed class Counter
{
    private long value;

    public long Value => Interlocked.Read(ref value);

    public void Increment() => Interlocked.Increment(ref value);

    public void Decrement() => Interlocked.Decrement(ref value);

    public void Add(long amount) => Interlocked.Add(ref value, amount);
}
