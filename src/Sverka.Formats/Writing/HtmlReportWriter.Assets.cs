using System.Security.Cryptography;
using System.Text;
using Sverka.Core.Checking;

namespace Sverka.Formats.Writing;

/// <summary>The report's style sheet, script and the policy that lets only those two run.</summary>
public sealed partial class HtmlReportWriter
{
    // One colour pair per kind: a light fill for the highlighted characters and a darker line under them.
    private static (string Fill, string Line) KindColours(FindingKind kind) => kind switch
    {
        FindingKind.Omission => ("#ffc9c9", "#c92a2a"),
        FindingKind.Addition => ("#c5e3ff", "#1864ab"),
        FindingKind.Number => ("#ffe38f", "#b07800"),
        FindingKind.Name => ("#e1d4ff", "#6741d9"),
        FindingKind.Untranslated => ("#c3f0d6", "#2b8a3e"),
        FindingKind.LowConfidence => ("#e6e6e6", "#666666"),
        _ => ("#eeeeee", "#888888"),
    };

    private const string BaseStyle = """
        :root{--ink:#1d2125;--muted:#6b737b;--rule:#e3e6e9;--band:#f7f8f9;--meta:5.5rem}
        *{box-sizing:border-box}
        body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
        header{padding:1rem 1.25rem .75rem;border-bottom:1px solid var(--rule);background:var(--band)}
        h1{margin:0 0 .5rem;font-size:1.25rem;font-weight:600}
        h1 .langs{color:var(--muted);font-weight:400;margin-left:.35rem}
        h2{margin:.75rem 0 .4rem;font-size:1rem;font-weight:600}
        .facts{display:flex;flex-wrap:wrap;gap:.25rem 1.75rem;margin:0}
        .facts div{display:flex;gap:.4rem;align-items:baseline}
        .facts dt{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
        .facts dd{margin:0;font-variant-numeric:tabular-nums}
        .severities{font-weight:400;margin-left:.5rem;font-size:.85rem}
        #filter{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
        #filter legend{float:left;margin-right:.4rem;color:var(--muted);font-size:.85rem}
        .chip{display:inline-flex;gap:.3rem;align-items:center;padding:.1rem .6rem .1rem .4rem;border-radius:1rem;border:1px solid var(--line);background:var(--fill);cursor:pointer;font-size:.9rem;user-select:none}
        .chip b{font-weight:600;font-variant-numeric:tabular-nums}
        .chip:has(input:checked){box-shadow:0 0 0 2px var(--line)}
        #all{font:inherit;font-size:.85rem;padding:.15rem .7rem;border:1px solid #c4c9ce;border-radius:1rem;background:#fff;cursor:pointer}
        #shown{color:var(--muted);font-size:.85rem;margin-left:.25rem}
        main{padding:0 1.25rem 3rem}
        .row{display:grid;grid-template-columns:var(--meta) minmax(0,1fr) minmax(0,1fr);column-gap:1.25rem;padding:.45rem 0;border-top:1px solid var(--rule)}
        .bead{content-visibility:auto;contain-intrinsic-size:auto 3.5rem}
        .head{position:sticky;top:0;z-index:1;background:#fff;border-top:0;box-shadow:0 3px 3px -3px rgba(0,0,0,.25);color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;padding:.5rem 0 .3rem}
        .para{margin-top:.6rem;border-top-color:#c9ced3}
        .head+.bead{margin-top:0}
        .meta{font-size:.78rem;color:var(--muted);line-height:1.35;padding-top:.15rem;font-variant-numeric:tabular-nums}
        .meta .n{color:var(--ink);font-weight:600;text-decoration:none;margin-right:.2rem}
        .meta .n::before{content:"#";color:var(--muted);font-weight:400}
        .meta .shape{display:inline-block;padding:0 .3rem;border-radius:.25rem;background:var(--band);border:1px solid var(--rule)}
        .meta .conf{display:block;margin-top:.1rem}
        .meta .conf.low{color:#b35c00;font-weight:600}
        .side p{margin:0}
        .side p+p{margin-top:.5rem}
        .side.ps{position:relative}
        .side.ps::before{content:"¶";position:absolute;left:-.9rem;color:#b0b7be;font-size:.8rem;top:.1rem}
        .s::before{content:attr(data-n);color:#9aa2aa;font-size:.68rem;vertical-align:.35em;margin-right:.15rem;font-variant-numeric:tabular-nums;user-select:none}
        .unpaired{background:repeating-linear-gradient(135deg,transparent 0 10px,#fbf6ec 10px 20px)}
        .unpaired .meta{box-shadow:inset 3px 0 #e8a33d;padding-left:.45rem}
        .none::before{content:"no counterpart";color:var(--muted);font-style:italic;font-size:.9rem}
        mark{background:var(--fill);border-bottom:2px solid var(--line);color:inherit}
        mark[class*=" "]{border-bottom:3px double var(--line)}
        .notes{grid-column:2/4;list-style:none;margin:.35rem 0 0;padding:0;font-size:.88rem}
        .notes li{margin:.15rem 0;padding-left:.5rem;border-left:3px solid var(--line)}
        .tag{display:inline-block;padding:0 .4rem;border-radius:.25rem;background:var(--fill);font-size:.78rem;font-weight:600}
        .sev{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .sev-error{color:#c92a2a;font-weight:600}
        .sev-warning{color:#a35f00}
        #beads.filtering>.bead{display:none;margin-top:0}
        """;

    /// <summary>The style sheet: the fixed part, then each kind's colours and its filter rule.</summary>
    private static readonly string s_style = BuildStyle();

    // No '<' or '&' in the script, so the page stays well-formed XML. With no box ticked every bead shows.
    private const string Script = """
        (function () {
          var beads = document.getElementById('beads');
          var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input'));
          var shown = document.getElementById('shown');
          var total = beads.querySelectorAll('.bead').length;
          function apply() {
            var chosen = boxes.filter(function (b) { return b.checked; });
            boxes.forEach(function (b) { beads.classList.toggle('f-' + b.value, b.checked); });
            beads.classList.toggle('filtering', chosen.length > 0);
            var count = chosen.length === 0 ? total
              : beads.querySelectorAll(chosen.map(function (b) { return '.bead.has-' + b.value; }).join(',')).length;
            shown.textContent = chosen.length === 0
              ? 'Showing all ' + total + (total === 1 ? ' bead.' : ' beads.')
              : 'Showing ' + count + ' of ' + total + (total === 1 ? ' bead.' : ' beads.');
          }
          boxes.forEach(function (b) { b.addEventListener('change', apply); });
          document.getElementById('all').addEventListener('click', function () {
            boxes.forEach(function (b) { b.checked = false; });
            apply();
          });
          apply();
        })();
        """;

    /// <summary>
    /// Nothing may be loaded and only this style sheet and this script may apply: even if escaping ever failed,
    /// text from a document could not run or fetch anything. Hashes rather than 'unsafe-inline' for that reason.
    /// </summary>
    private static readonly string s_contentSecurityPolicy =
        $"default-src 'none'; style-src '{Sha256(s_style)}'; script-src '{Sha256(Script)}'; base-uri 'none'; form-action 'none'";

    private static string BuildStyle()
    {
        var style = new StringBuilder(BaseStyle.ReplaceLineEndings("\n"));
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var name = KindNames.Name(kind);
            var (fill, line) = KindColours(kind);
            style.Append('\n').Append(".k-").Append(name).Append("{--fill:").Append(fill).Append(";--line:").Append(line).Append('}');
            style.Append('\n').Append("#beads.f-").Append(name).Append(">.bead.has-").Append(name).Append("{display:grid}");
        }
        style.Append('\n');
        return style.ToString();
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
