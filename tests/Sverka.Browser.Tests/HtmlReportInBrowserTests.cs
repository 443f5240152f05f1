using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Sverka.Formats.Writing;
using Xunit.Abstractions;

namespace Sverka.Browser.Tests;

/// <summary>
/// The HTML report as an editor sees it: written from the real news sample to a file, opened in headless
/// Chromium from disk, looked at and clicked. Screenshots are left in the system's temp folder
/// (<c>sverka-browser-tests/</c>) for a person to look at.
/// </summary>
public sealed class HtmlReportInBrowserTests : IClassFixture<Chromium>
{
    private static readonly Lazy<NewsReport> s_news = new(NewsReport.Create);
    private readonly Chromium _chromium;
    private readonly ITestOutputHelper _log;

    public HtmlReportInBrowserTests(Chromium chromium, ITestOutputHelper log)
    {
        _chromium = chromium;
        _log = log;
    }

    private static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sverka-browser-tests")).FullName;

    /// <summary>Writes the report as the CLI does and opens it, recording every request and console error.</summary>
    private async Task<(IPage Page, List<string> Requests, List<string> Errors)> OpenAsync(NewsReport report, string name)
    {
        var path = Path.Combine(Folder, name + ".html");
        AtomicFileWriter.Write(path, w => HtmlReportWriter.Write(report.Result, report.Findings, w));
        var page = await _chromium.NewPageAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return (page, requests, errors);
    }

    private static Task<string[]> VisibleBeadIdsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('.bead'))
              .filter(b => getComputedStyle(b).display !== 'none').map(b => b.id)
            """);

    private async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        _log.WriteLine($"screenshot: {path}");
    }

    [Fact]
    public async Task The_news_report_shows_every_bead_in_aligned_rows_with_the_findings_highlighted()
    {
        var news = s_news.Value;
        var (page, requests, errors) = await OpenAsync(news, "news");
        await ScreenshotAsync(page, "news");
        await ScreenshotAsync(page, "news-full", fullPage: true);

        var ids = await page.EvalOnSelectorAllAsync<string[]>(".bead", "beads => beads.map(b => b.id)");
        Assert.Equal(Enumerable.Range(0, news.Result.Alignment.Count).Select(k => $"b{k}"), ids);
        Assert.Equal(ids, await VisibleBeadIdsAsync(page));

        // Both sides of every row start at the same height, and every row's columns start at the same places.
        var layout = await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.bead')).map(b => {
              const cells = Array.from(b.querySelectorAll(':scope > .side')).map(c => c.getBoundingClientRect());
              return { top: cells.map(c => Math.round(c.top)), left: cells.map(c => Math.round(c.left)) };
            })
            """);
        foreach (var row in layout.EnumerateArray())
        {
            var tops = row.GetProperty("top").EnumerateArray().Select(t => t.GetInt32()).ToArray();
            Assert.Equal(2, tops.Length);
            Assert.Equal(tops[0], tops[1]);
        }
        Assert.Single(layout.EnumerateArray().Select(r => r.GetProperty("left").GetRawText()).Distinct());

        // The findings' characters, source side first, each in its kind's colour.
        var number = page.Locator($"#b{news.NumberBead} mark.k-number");
        Assert.Equal(["7.55am", "32", "7:55", "32"], await number.AllInnerTextsAsync());
        Assert.Equal("rgb(255, 227, 143)", await number.First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        var target32 = page.Locator($"#b{news.NumberBead} .side:nth-of-type(3) .s:nth-of-type(2) mark");
        Assert.Equal("32", await target32.InnerTextAsync());
        Assert.Equal(["O'Hagan", "Хейген"], await page.Locator($"#b{news.NameBead} mark.k-name").AllInnerTextsAsync());
        Assert.Equal(
            ["number warning 7.55am is written 7:55; the same time, worth a glance",
             "number error 32 on both sides, but the target's 32 is in its second sentence"],
            await page.Locator($"#b{news.NumberBead} .notes li").AllTextContentsAsync());
        Assert.Contains("<checked> & kept", await page.Locator($"#b{news.NameBead} .notes").InnerTextAsync());
        Assert.Equal("3 findings in 2 beads 1 error 1 warning 1 info", await page.Locator("#findings h2").TextContentAsync());
        Assert.Equal($"Showing all {ids.Length} beads.", await page.Locator("#shown").InnerTextAsync());

        // Nothing fetched but the file itself, and no policy refused the page's own style or script.
        Assert.All(requests, url => Assert.StartsWith("file://", url));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Ticking_a_kind_shows_only_its_beads_and_unticking_shows_them_all_again()
    {
        var news = s_news.Value;
        var (page, _, errors) = await OpenAsync(news, "news-filter");
        var all = await VisibleBeadIdsAsync(page);

        await page.GetByLabel("number").CheckAsync();
        Assert.Equal([$"b{news.NumberBead}"], await VisibleBeadIdsAsync(page));
        Assert.Equal($"Showing 1 of {all.Length} beads.", await page.Locator("#shown").InnerTextAsync());
        Assert.False(await page.Locator("#b0").IsVisibleAsync());
        await ScreenshotAsync(page, "news-filtered");

        await page.GetByLabel("name").CheckAsync();
        Assert.Equal(new[] { news.NumberBead, news.NameBead }.Order().Select(k => $"b{k}"), await VisibleBeadIdsAsync(page));

        await page.GetByLabel("number").UncheckAsync();
        Assert.Equal([$"b{news.NameBead}"], await VisibleBeadIdsAsync(page));

        await page.GetByLabel("name").UncheckAsync();
        Assert.Equal(all, await VisibleBeadIdsAsync(page));
        Assert.True(await page.Locator("#b0").IsVisibleAsync());

        await page.GetByLabel("number").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "All beads" }).ClickAsync();
        Assert.Equal(all, await VisibleBeadIdsAsync(page));
        Assert.False(await page.GetByLabel("number").IsCheckedAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_report_of_a_thousand_sentences_a_side_opens_and_filters()
    {
        var big = s_news.Value.Repeated(60);
        Assert.True(big.Result.Source.SentenceCount >= 1000);
        var stopwatch = Stopwatch.StartNew();
        var (page, _, errors) = await OpenAsync(big, "news-long");
        var opened = stopwatch.Elapsed;

        Assert.Equal(big.Result.Alignment.Count, (await VisibleBeadIdsAsync(page)).Length);
        // Timed inside the page: the click's handler and the layout it causes, without Playwright's round trips.
        var filtered = await page.EvaluateAsync<double>("""
            () => {
              const start = performance.now();
              document.querySelector('#filter input[value=number]').click();
              document.body.getBoundingClientRect();
              return performance.now() - start;
            }
            """);
        Assert.True(await page.GetByLabel("number").IsCheckedAsync());
        var shown = await VisibleBeadIdsAsync(page);

        Assert.Equal(60, shown.Length);
        Assert.Equal(60 * 4, await page.Locator("mark.k-number:visible").CountAsync());
        await page.Mouse.WheelAsync(0, 4000);
        await ScreenshotAsync(page, "news-long-filtered");
        Assert.Empty(errors);
        // Reported, not asserted: a timing is the benchmark's business, not a test's.
        _log.WriteLine($"{big.Result.Alignment.Count} beads, {new FileInfo(Path.Combine(Folder, "news-long.html")).Length / 1024} KiB: opened in {opened.TotalMilliseconds:0} ms, filtered in {filtered:0} ms");
    }
}
