/// The review page's inline style sheet: no external assets, system fonts only.
enum ReviewPageStyle {
  static let css = """
    :root { --review: #e00d0d; --repaired: #f28000; --manual: #1a59f2; --ok: #0a6b26;
      --merged: #8c1abf; --ruling: #1a59f2; --grid: #009950; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.4 "Noto Sans CJK SC", "Noto Sans", sans-serif; color: #222;
      background: #f4f4f2; }
    header { padding: 10px 16px; background: #fff; border-bottom: 1px solid #ccc; }
    header h1 { margin: 0 0 4px; font-size: 20px; }
    header p { margin: 2px 0; }
    .bad { color: var(--review); font-weight: bold; }
    .good { color: var(--ok); font-weight: bold; }
    .swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px;
      margin: 0 3px 0 10px; border: 2px solid; }
    main { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 12px;
      padding: 12px; align-items: start; }
    .side { position: sticky; top: 0; max-height: 100vh; overflow: auto; background: #fff;
      border: 1px solid #ccc; padding: 8px 12px; }
    .side h2 { font-size: 16px; margin: 14px 0 6px; border-bottom: 1px solid #ddd; }
    figure { margin: 0 0 16px; background: #fff; border: 1px solid #ccc; padding: 6px; }
    figcaption { font-weight: bold; margin-bottom: 4px; }
    .page { position: relative; }
    .page img { display: block; width: 100%; height: auto; }
    .hot { position: absolute; display: block; border: 1px solid transparent; }
    .hot:hover { border-color: #000; background: rgba(255, 255, 0, 0.25); }
    .hot:target, td:target { outline: 3px solid #ffd400; box-shadow: 0 0 0 6px rgba(224, 13, 13, 0.55);
      z-index: 5; }
    td:target { background: #fff3a0; }
    .hot.st-review, .hot.st-repaired { border: 1px dashed rgba(0, 0, 0, 0.35); }
    table { border-collapse: collapse; font-size: 12px; margin-bottom: 6px; }
    th, td { border: 1px solid #bbb; padding: 1px 4px; }
    th { background: #eee; font-weight: normal; text-align: left; }
    td.num { text-align: right; min-width: 2.6em; }
    td a { color: inherit; text-decoration: none; display: block; }
    td.st-review { background: #fde0e0; color: var(--review); font-weight: bold; }
    td.st-repaired { background: #ffe9cc; color: #b35c00; font-weight: bold; }
    td.st-manual { background: #e0e9ff; color: var(--manual); font-weight: bold; }
    td.st-missing { color: #999; }
    code, .key { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; }
    ol.review li { margin-bottom: 2px; }
    ol.review a, ul.checks a { color: var(--review); }
    ul.checks li { margin-bottom: 2px; }
    ul.checks details { display: inline; }
    ul.checks summary { display: inline; cursor: pointer; color: #777; }
    .muted { color: #777; }
    """
}
