using Microsoft.Playwright;

namespace Sverka.Browser.Tests;

/// <summary>
/// The system's headless Chromium, driven by Playwright, started once for a test class. Playwright is pointed at
/// the installed browser and never downloads one: a machine without Chromium fails every browser test with one
/// line saying how to install it, rather than passing without having looked.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian's package puts it; <c>SVERKA_CHROMIUM</c> names another.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("SVERKA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // No sandbox because tests run as root in CI; the rest stop Chromium from calling home, which a closed
    // network answers with refused connections at every start.
    private static readonly string[] s_flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = s_flags,
            Timeout = 60_000,
        });
    }

    /// <summary>A page in a fresh offline context, the size of a laptop screen.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_browser is null)
            Assert.Fail($"Chromium is not installed at {ExecutablePath}: run scripts/install-test-deps.sh");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Offline = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
