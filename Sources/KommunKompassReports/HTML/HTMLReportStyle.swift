/// The report's style sheet: readable on screen, printable on A4, high-contrast colours.
enum HTMLReportStyle {
  static let css = """
    @page { size: A4; margin: 16mm 15mm 18mm; }
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --accent: #1f4e79; --band: #f2f5f9; }
    * { box-sizing: border-box; }
    body { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: var(--ink); background: #ffffff;
      margin: 0 auto; max-width: 220mm; padding: 12mm 8mm; line-height: 1.45; font-size: 11pt; }
    h1 { font-size: 26pt; margin: 0 0 4mm; color: var(--accent); }
    h2 { font-size: 16pt; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 1mm; margin-top: 9mm; }
    h3 { font-size: 12pt; margin: 6mm 0 2mm; }
    h4 { font-size: 11pt; margin: 4mm 0 1mm; color: var(--muted); }
    .cover { min-height: 60mm; margin-bottom: 8mm; }
    .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0 0 2mm; font-weight: bold; }
    .internal { font-weight: bold; color: #8a1c1c; border: 2px solid #8a1c1c; padding: 2mm 3mm; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 4mm 0; }
    .facts dt { font-weight: bold; }
    .facts dd { margin: 0; }
    .total { font-size: 15pt; font-weight: bold; background: var(--band); padding: 3mm 4mm; border-left: 4px solid var(--accent); }
    figure { margin: 4mm 0; break-inside: avoid; }
    figcaption { color: var(--muted); font-size: 9.5pt; }
    .chart { width: 100%; height: auto; font-size: 11px; }
    .bar-chart.narrow { display: none; font-size: 12px; max-width: 520px; }
    .radar-chart { max-width: 110mm; display: block; margin: 0 auto; font-size: 12px; }
    .chart .grid, .chart .ring, .chart .axis { stroke: #767676; stroke-width: 1; fill: none; }
    .chart .tick, .chart .legend, .chart .axis-label { fill: var(--muted); }
    .chart .area-label, .chart .value { fill: var(--ink); }
    .chart .ring-label { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
    .chart .value { font-weight: bold; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
    .chart .range { fill: #6b6b6b; }
    .chart .median { stroke: #000000; stroke-width: 3; }
    .table-scroll { overflow-x: auto; max-width: 100%; margin: 2mm 0 4mm; }
    .table-scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
    table { border-collapse: collapse; width: 100%; break-inside: avoid; }
    caption { text-align: left; font-weight: bold; padding: 0 0 1mm; }
    tbody th { font-weight: normal; background: #ffffff; }
    tr.sum th { font-weight: bold; border-top: 2px solid var(--ink); }
    th, td { border-bottom: 1px solid var(--rule); padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
    th { background: var(--band); }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.sum td { font-weight: bold; border-top: 2px solid var(--ink); }
    .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
    ul { margin: 1mm 0 3mm; padding-left: 5mm; }
    li { margin: 0.8mm 0; }
    .reference, .note { color: var(--muted); font-size: 9.5pt; }
    section.area { break-before: page; }
    .improved { color: #1b5e20; } .declined { color: #b71c1c; }
    @media screen and (max-width: 860px) {
      .bar-chart.wide { display: none; } .bar-chart.narrow { display: block; }
      .columns { grid-template-columns: 1fr; gap: 0; }
    }
    @media screen and (max-width: 600px) {
      body { padding: 6mm 12px; font-size: 11pt; } h1 { font-size: 20pt; } h2 { font-size: 14pt; }
      .facts { grid-template-columns: 1fr; gap: 0; } .facts dd { margin-bottom: 2mm; }
      .total { font-size: 13pt; }
      .table-scroll tbody th:first-child, .table-scroll thead th:first-child { position: sticky; left: 0; z-index: 1; }
      th, td { padding: 1mm 1.5mm; }
    }
    body, p, li, dd, td, th { overflow-wrap: break-word; }
    @media print {
      body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; }
      .cover { break-after: page; min-height: 250mm; display: flex; flex-direction: column; justify-content: center;
        border-top: 6mm solid var(--accent); padding-top: 20mm; }
      .cover h1 { font-size: 34pt; }
      h1, h2, h3, h4, caption, figcaption { break-after: avoid; }
      figure, tr, li, .total { break-inside: avoid; }
      /* Long tables continue on the next page with their header row, so that a heading is never
         left alone with the table moved to the next page; short tables stay whole. */
      .change-table, .peer-table, .follow-up-table { break-inside: auto; }
      h2 + p.note, h2 + p.note + p.note { break-after: avoid; }
      thead { display: table-header-group; }
      .table-scroll { overflow: visible; }
      .columns { display: block; }
    }
    """

  /// The printed pages' running footer: the municipality and date at the left, the page number
  /// and page count at the right, on every page but the cover (CSS paged media margin boxes).
  static func pageFooter(municipality: String, date: String) -> String {
    """
    @page { @bottom-left { content: \(cssString("\(municipality) · \(date)")); font: 9pt Arial, sans-serif; color: #4a4a4a; }
      @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Arial, sans-serif; color: #4a4a4a; } }
    @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
    """
  }

  /// The text as a quoted CSS string that cannot end the string or the style element early.
  static func cssString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.escapedForDisplay.unicodeScalars {
      switch scalar {
      case "\\", "\"", "<", ">", "&": quoted += "\\" + String(scalar.value, radix: 16) + " "
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        quoted += "\\" + String(scalar.value, radix: 16) + " "
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }
}
