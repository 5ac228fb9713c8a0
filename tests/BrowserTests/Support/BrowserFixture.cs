using System.Collections.Concurrent;
using Microsoft.Playwright;
using Mooc.TestSupport;

namespace Mooc.BrowserTests.Support;

/// <summary>The running product plus Debian's Chromium driven by Playwright; shared by the tests of a collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ConcurrentQueue<string> _policyViolations = new();

    private IPlaywright _playwright = null!;

    public ProductStack Product { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; './mooc test' installs the Debian chromium package.");
        }

        Product = await ProductStack.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        // A page refused by the Content-Security-Policy (an inline style or script) fails the next test that opens a page,
        // and the run at the end (DisposeAsync), so no violation goes unnoticed.
        ThrowOnPolicyViolations();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Product.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
        });
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Refused to", StringComparison.Ordinal)))
            {
                _policyViolations.Enqueue($"{message.Location} — {message.Text}");
            }
        };
        return await context.NewPageAsync();
    }

    /// <summary>The violations reported so far, forgotten once read (for the test that provokes one on purpose).</summary>
    public IReadOnlyList<string> TakePolicyViolations()
    {
        var taken = new List<string>();
        while (_policyViolations.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }

        return taken;
    }

    /// <summary>Throws when any page so far broke the Content-Security-Policy; call it at the end of a test to pin it there.</summary>
    public void ThrowOnPolicyViolations()
    {
        if (!_policyViolations.IsEmpty)
        {
            var violations = string.Join(Environment.NewLine, _policyViolations);
            _policyViolations.Clear();
            throw new Xunit.Sdk.XunitException($"The Content-Security-Policy refused something:{Environment.NewLine}{violations}");
        }
    }

    public async Task DisposeAsync()
    {
        var violations = string.Join(Environment.NewLine, _policyViolations);
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Product.DisposeAsync();
        if (violations.Length > 0)
        {
            throw new InvalidOperationException($"The Content-Security-Policy refused something:{Environment.NewLine}{violations}");
        }
    }
}
