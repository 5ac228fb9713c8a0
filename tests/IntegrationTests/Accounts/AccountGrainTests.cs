using Microsoft.Extensions.Time.Testing;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>Password check and lockout of <see cref="IAccountGrain"/> on a real silo, with a fake clock.</summary>
public sealed class AccountGrainTests : IAsyncLifetime
{
    private static readonly AccountProfile Budi = new("budi.santoso", "198703102010121001", "Budi Santoso", "Rutan Kelas I Jakarta Pusat", "budi@pas.example.go.id", AccountRole.Learner);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db, services: s => s.AddKeyedSingleton<TimeProvider>(Mooc.Silo.Hosting.DomainClock.Key, _clock));
        await Account.RegisterAsync(Budi, "Rahasia#123");
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    private IAccountGrain Account => _silo.Grains().GetGrain<IAccountGrain>(Budi.Username);

    [Fact]
    public async Task RightPassword_ShouldSucceedWithTheProfileAndWrongCaseShouldFail()
    {
        var ok = await Account.SignInAsync("Rahasia#123");
        var wrongCase = await Account.SignInAsync("rahasia#123");

        Assert.Equal((SignInStatus.Succeeded, "Budi Santoso"), (ok.Status, ok.Profile!.FullName));
        Assert.Equal(SignInStatus.Failed, wrongCase.Status);
        Assert.Null(wrongCase.Profile);
    }

    [Fact]
    public async Task FiveFailures_ShouldLockFor15MinutesEvenAgainstTheRightPassword_ThenLetItIn()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await Account.SignInAsync("salah")).Status);
        }

        var fifth = await Account.SignInAsync("salah");
        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15), fifth.LockedUntil);
        Assert.Equal(SignInStatus.LockedOut, (await Account.SignInAsync("Rahasia#123")).Status);

        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInStatus.Succeeded, (await Account.SignInAsync("Rahasia#123")).Status);
    }

    [Fact]
    public async Task Lockout_ShouldSurviveTheGrainBeingReloadedFromStorage()
    {
        for (var i = 0; i < 5; i++)
        {
            await Account.SignInAsync("salah");
        }

        await _silo.StopAsync();
        _silo.Dispose();
        _silo = await InProcessSilo.StartAsync(_db, services: s => s.AddKeyedSingleton<TimeProvider>(Mooc.Silo.Hosting.DomainClock.Key, _clock));

        Assert.Equal(SignInStatus.LockedOut, (await Account.SignInAsync("Rahasia#123")).Status);
    }

    [Fact]
    public async Task UnknownAccount_ShouldAnswerLikeAWrongPasswordAndLockTheSameWay()
    {
        var ghost = _silo.Grains().GetGrain<IAccountGrain>("tidak.ada");

        var answers = new List<SignInStatus>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await ghost.SignInAsync("apa saja")).Status);
        }

        Assert.Equal([SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.LockedOut], answers);
        Assert.Null(await ghost.GetProfileAsync());
    }

    [Fact]
    public async Task RegisteringAgain_ShouldKeepTheFirstPassword()
    {
        Assert.Equal(RegistrationOutcome.AlreadyExists, await Account.RegisterAsync(Budi with { FullName = "Orang Lain" }, "PasswordLain#1"));

        Assert.Equal(SignInStatus.Succeeded, (await Account.SignInAsync("Rahasia#123")).Status);
        Assert.Equal("Budi Santoso", (await Account.GetProfileAsync())!.FullName);
    }

    [Fact]
    public async Task InvalidProfile_ShouldBeRefusedWithEveryProblemNamedInIndonesian()
    {
        var bad = Budi with { Username = "ani", Nip = "12345", Email = "bukan-email" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _silo.Grains().GetGrain<IAccountGrain>("ani").RegisterAsync(bad, "pendek"));

        Assert.Contains("NIP harus 18 digit angka.", error.Message, StringComparison.Ordinal);
        Assert.Contains("e-mail tidak valid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Password harus 8–128 karakter.", error.Message, StringComparison.Ordinal);
        Assert.Null(await _silo.Grains().GetGrain<IAccountGrain>("ani").GetProfileAsync());
    }
}
