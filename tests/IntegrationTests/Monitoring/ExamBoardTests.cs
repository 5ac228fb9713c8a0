using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Monitoring;

/// <summary>
/// The live exam board (issue 8) against the product's processes with real SignalR clients: admins watching, a
/// learner answering on the exam hub, pushes within a second, the board kept in the cluster, learners refused.
/// </summary>
public sealed class ExamBoardTests : IAsyncLifetime
{
    private const string Admin = "admin";
    private const string AdminPassword = "Admin#Mooc2026";
    private const string Andi = "199001012015031001";
    private const string Code = "UJI-PANTAU";

    private ExamStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ExamStack.StartAsync((Code, ExamFixture.Exam()));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task TwoAdmins_ShouldSeeTheSameBoardAndEveryStepOfALearnerWithinASecond()
    {
        await using var first = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, Admin, AdminPassword);
        await using var second = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, Admin, AdminPassword);
        await first.WatchAsync(Code);
        await second.WatchAsync(Code);

        var attemptId = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        var key = await AttemptKey.ReadAsync(_stack.Product.Database, attemptId);
        await using var learner = await _stack.ConnectAsync(Andi);
        await learner.InvokeAsync<JsonElement>("Join", attemptId);

        // An answer on the learner's page reaches both boards within a second of its acknowledgement.
        var ack = await learner.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 1, key[0], 1L);
        var acknowledged = Stopwatch.GetTimestamp();
        Assert.Equal("Saved", ack.GetProperty("status").GetString());
        foreach (var board in new[] { first, second })
        {
            var (row, at) = await board.RowAsync(attemptId, r => r.GetProperty("answered").GetInt32() == 1, TimeSpan.FromSeconds(10));
            var delay = Stopwatch.GetElapsedTime(acknowledged, at);
            Assert.True(delay <= TimeSpan.FromSeconds(1), $"the answer reached the board after {delay.TotalMilliseconds:F0} ms");
            Assert.Equal(("Andi Pratama", Andi, "InProgress", true, 3), (row.GetProperty("fullName").GetString(), row.GetProperty("nip").GetString(),
                row.GetProperty("status").GetString(), row.GetProperty("online").GetBoolean(), row.GetProperty("total").GetInt32()));
            Assert.False(string.IsNullOrEmpty(row.GetProperty("unit").GetString()));
        }

        // Navigation shows where the examinee is; a lost connection shows offline; submitting shows the result.
        await learner.InvokeAsync<JsonElement>("Navigate", attemptId, 3);
        await first.RowAsync(attemptId, r => r.GetProperty("currentQuestion").GetInt32() == 3, TimeSpan.FromSeconds(5));
        await learner.StopAsync();
        await first.RowAsync(attemptId, r => !r.GetProperty("online").GetBoolean(), TimeSpan.FromSeconds(5));
        await using var back = await _stack.ConnectAsync(Andi);
        await back.InvokeAsync<JsonElement>("Join", attemptId);
        await first.RowAsync(attemptId, r => r.GetProperty("online").GetBoolean(), TimeSpan.FromSeconds(5));
        await back.InvokeAsync<JsonElement>("Submit", attemptId);
        var (submitted, _) = await second.RowAsync(attemptId, r => r.GetProperty("status").GetString() == "Submitted", TimeSpan.FromSeconds(5));
        Assert.Equal((33, false), (submitted.GetProperty("score").GetInt32(), submitted.GetProperty("passed").GetBoolean()));

        // Both admins, and one who opens the board now, see the same totals.
        var late = await first.WatchAsync(Code);
        var again = await second.WatchAsync(Code);
        Assert.Equal(late.GetProperty("totals").GetRawText(), again.GetProperty("totals").GetRawText());
        var totals = late.GetProperty("totals");
        Assert.Equal((1, 0, 1, 0, 1), (totals.GetProperty("started").GetInt32(), totals.GetProperty("inProgress").GetInt32(),
            totals.GetProperty("submitted").GetInt32(), totals.GetProperty("passed").GetInt32(), totals.GetProperty("failed").GetInt32()));
        Assert.Equal(1, totals.GetProperty("scoreBands")[3].GetInt32());
        Assert.Equal(1, totals.GetProperty("answersPerMinute").GetInt32());
    }

    [Fact]
    public async Task Board_ShouldLiveInTheClusterSoAnotherFrontendShowsIt()
    {
        var attemptId = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        await using var learner = await _stack.ConnectAsync(Andi);
        await learner.InvokeAsync<JsonElement>("Join", attemptId);
        var otherFrontend = await _stack.Product.AddFrontendAsync();

        await using var admin = await BoardClient.ConnectAsync(otherFrontend, Admin, AdminPassword);
        var board = await admin.WatchAsync(Code, search: "andi");

        var row = Assert.Single(board.GetProperty("rows").EnumerateArray());
        Assert.Equal((attemptId, true), (row.GetProperty("attemptId").GetGuid(), row.GetProperty("online").GetBoolean()));
        await learner.InvokeAsync<JsonElement>("Navigate", attemptId, 2);
        await admin.RowAsync(attemptId, r => r.GetProperty("currentQuestion").GetInt32() == 2, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task BoardGrainActivatedAgain_ShouldRebuildItselfFromTheAttempts()
    {
        var attemptId = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        var key = await AttemptKey.ReadAsync(_stack.Product.Database, attemptId);
        await _stack.Grains.GetGrain<IExamAttemptGrain>(attemptId).SelectAnswerAsync(Andi, 1, key[0], 1);
        var board = _stack.Grains.GetGrain<IExamMonitorGrain>(Code);
        await Eventually.GetAsync(() => board.GetBoardAsync(ExamBoardQuery.Default), b => b.Rows.Count == 1, TimeSpan.FromSeconds(5), "the row");

        // Every idle activation goes, the board's with it; the next call activates a fresh, empty board.
        await _stack.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        // The row comes back first; the examinee's name follows once the board has asked the account for it.
        var rebuilt = await Eventually.GetAsync(() => board.GetBoardAsync(ExamBoardQuery.Default),
            b => b.Rows.Count == 1 && b.Rows[0].FullName != Andi, TimeSpan.FromSeconds(30), "the rebuilt row with the examinee's name");
        var row = rebuilt.Rows[0];
        Assert.Equal((attemptId, 1, AttemptStatus.InProgress, "Andi Pratama", false), (row.AttemptId, row.Answered, row.Status, row.FullName, row.Online));
    }

    [Fact]
    public async Task Overview_ShouldGiveEveryTrainingsTotalsAndFollowTheirChanges()
    {
        var attemptId = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        await using var admin = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, Admin, AdminPassword);

        var overview = await admin.Connection.InvokeAsync<JsonElement>("WatchAll");

        var lines = overview.EnumerateArray().ToDictionary(l => l.GetProperty("courseCode").GetString()!, l => l.GetProperty("totals"));
        Assert.Contains("PLT-IMI-001", lines.Keys);
        Assert.Equal((1, 1), (lines[Code].GetProperty("started").GetInt32(), lines[Code].GetProperty("inProgress").GetInt32()));
        await using var learner = await _stack.ConnectAsync(Andi);
        await learner.InvokeAsync<JsonElement>("Join", attemptId);
        await learner.InvokeAsync<JsonElement>("Submit", attemptId);
        var (row, _) = await admin.RowAsync(attemptId, r => r.GetProperty("status").GetString() == "Submitted", TimeSpan.FromSeconds(5));
        var change = admin.Changes.Select(c => c.Change).Last(c => c.GetProperty("courseCode").GetString() == Code);
        Assert.Equal(1, change.GetProperty("totals").GetProperty("submitted").GetInt32());
        Assert.Equal("Submitted", row.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Learner_ShouldBeRefusedOnTheBoardPageAndTheMonitorHub()
    {
        var cookies = new CookieContainer();
        using var http = LoopbackHttp.Create(_stack.Product.BaseUrl, cookies: cookies);
        await SignInClient.SignInAsync(http, Andi, ExamStack.Password);

        foreach (var path in new[] { "admin/ujian", $"admin/ujian/{Code}" })
        {
            using var page = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("AksesDitolak", page.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        }

        var hub = new HubConnectionBuilder().WithUrl(new Uri(_stack.Product.BaseUrl, "hubs/pantau"), o => o.Cookies = cookies).Build();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await hub.DisposeAsync();

        using var anonymous = LoopbackHttp.Create(_stack.Product.BaseUrl);
        using var signedOut = await anonymous.GetAsync("admin/ujian");
        Assert.Contains("/Login", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTraining_ShouldBeRefusedWithAClearMessage()
    {
        await using var admin = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, Admin, AdminPassword);

        var error = await Assert.ThrowsAsync<HubException>(() => admin.WatchAsync("TIDAK-ADA"));

        Assert.Contains("Pelatihan tidak ditemukan", error.Message, StringComparison.Ordinal);
    }
}
