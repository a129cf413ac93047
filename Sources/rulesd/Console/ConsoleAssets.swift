/// The console's stylesheet and script, served by rulesd itself (no CDN). The pages work without the
/// script: it only counts the characters in the reply box.
enum ConsoleAssets {
    static let css = """
        :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --soft: #f6f8fa; --accent: #0b5cad;
          --bad: #a40e26; --good: #116329; --warn: #7d4e00; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--soft); line-height: 1.45; font-size: 16px; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #0b5cad; outline-offset: 2px;
          box-shadow: 0 0 0 5px #fff; }
        .top a:focus, .top button:focus { outline-color: #fff; box-shadow: none; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: var(--paper); padding: 4px 8px; }
        .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 16px;
          background: var(--ink); }
        .top nav a { color: #fff; margin-right: 14px; text-decoration: none; font-weight: 600; }
        .top nav a[aria-current="page"] { text-decoration: underline; }
        main { max-width: 960px; margin: 0 auto; padding: 12px 16px 48px; }
        h1 { font-size: 1.5rem; margin: 12px 0; } h2 { font-size: 1.15rem; margin: 0 0 8px; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
        .narrow { max-width: 360px; }
        label { display: block; font-weight: 600; margin: 8px 0 4px; }
        input, select, textarea, button { font: inherit; padding: 8px 10px; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; }
        textarea { width: 100%; } .code { font-family: ui-monospace, monospace; font-size: 14px; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; margin-top: 8px; }
        .signout button { background: transparent; border-color: #fff; margin: 0; }
        form.inline, .inline label { display: inline-block; margin: 0 6px 0 0; }
        .filters { display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; }
        .filters .field { display: inline-flex; align-items: center; gap: 6px; } .filters label { margin: 0; }
        .filters > * { flex: 0 0 auto; } .filters button { margin: 0; }
        .filters input[type=search] { min-width: 220px; }
        .conversations { list-style: none; padding: 0; margin: 0; }
        .conversation a { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 10px 12px; margin: 6px 0;
          background: var(--paper); border: 1px solid var(--line); border-radius: 8px; color: var(--ink); text-decoration: none;
          overflow-wrap: anywhere; }
        .conversation.attention a { border-left: 6px solid var(--bad); }
        .conversation .last { flex: 1 0 100%; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .conversation time { margin-left: auto; }
        h1, .bubble, td, th { overflow-wrap: anywhere; }
        .table-wrap { overflow-x: auto; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .8rem; font-weight: 700; color: #fff; }
        .badge.instagram { background: #a4136a; } .badge.whatsapp { background: #0f6e3c; }
        .tag { display: inline-block; padding: 0 8px; border: 1px solid var(--line); border-radius: 10px; font-size: .85rem; background: var(--soft); }
        .tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
        .tags button { min-width: 32px; min-height: 32px; padding: 0 6px; margin: 0; background: transparent; color: var(--bad); border: none;
          font-weight: 700; font-size: 1.1rem; }
        .status { font-weight: 600; } .status.paused, .status.takeover { color: var(--warn); } .status.attention { color: var(--bad); }
        .status.active { color: var(--good); }
        .muted, .hint, time { color: var(--muted); font-size: .9rem; }
        .notice { padding: 8px 12px; border-radius: 6px; background: #ddf4ff; border: 1px solid #54aeff; }
        .notice.error { background: #ffebe9; border-color: var(--bad); color: var(--bad); }
        .timeline { list-style: none; padding: 0; }
        .event { display: flex; margin: 8px 0; } .event.shop, .event.bot { justify-content: flex-end; } .event.note { justify-content: center; }
        .bubble { max-width: 85%; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 6px 12px; }
        .event.bot .bubble { background: #eaf5ff; } .event.shop .bubble { background: #e6f6ea; } .event.note .bubble { background: transparent; border-style: dashed; }
        .bubble p { margin: 2px 0; } .text { white-space: pre-wrap; } .meta { font-size: .85rem; color: var(--muted); }
        .why { font-size: .9rem; border-top: 1px dotted var(--line); margin-top: 4px; } .why ul { margin: 2px 0; padding-left: 18px; }
        .note, .line { font-size: .9rem; color: var(--muted); }
        .delivery { font-weight: 700; } .delivery.failed, .delivery.expired { color: var(--bad); } .delivery.read, .delivery.delivered { color: var(--good); }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
        .activity svg { width: 100%; max-width: 320px; height: 40px; }
        pre.diagnostics { white-space: pre-wrap; background: var(--soft); padding: 8px; }
        .row { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: end; } .row label { margin-bottom: 0; }
        @media (max-width: 600px) { body { font-size: 15px; } .bubble { max-width: 100%; } .activity th:nth-child(3), .activity td:nth-child(3) { display: none; } }
        """

    static let javascript = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("textarea[data-counter]").forEach(function (box) {
            var out = document.getElementById(box.dataset.counter);
            var update = function () { out.textContent = box.value.length + " of " + box.maxLength + " characters"; };
            box.addEventListener("input", update); update();
          });
        });
        """
}
