import KommunKompass

/// A horizontal bar chart of percentages per area (0–100), one bar per series in each area, with the
/// percentage written on every bar and, optionally, a range (for example peers' min–max and median)
/// drawn behind each area's bars.
///
/// Series are told apart by fill pattern as well as colour, and the chart carries a text
/// alternative, so it reads without colour vision and with a screen reader.
struct BarChartSVG {
  struct Area {
    var id: String
    var title: String
  }

  var areas: [Area]
  var series: [ChartSeries]
  var ranges: [String: ChartRange] = [:]
  var rangeLabel: String = ""
  var title: String
  var description: String
  var language: Language
  /// The value axis; the series' values are percentages unless it says counts.
  var scale: ChartScale = .percent

  /// Series colours; each has at least 4.5:1 contrast against the white page, and the percentage
  /// labels are drawn in dark text beside the bar, not on the colour.
  static let fills = ["#1f4e79", "#b35c00", "#2e6b30", "#6a3d9a"]

  /// The chart twice: a wide layout (labels beside the bars) for screens and print, and a narrow
  /// layout (labels above the bars) that the style sheet shows instead on narrow screens, so the
  /// chart text stays at least 11 CSS px wide at every width.
  func render(id: String) -> String {
    renderWide(id: id) + "\n" + renderNarrow(id: "\(id)-narrow")
  }

  /// The height of the peers' strip drawn above an area's bars (0 without ranges).
  private var rangeHeight: Double { ranges.isEmpty ? 0 : 12 }

  private func header(id: String, className: String, width: Double, height: Double) -> String {
    """
    <svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart \(className)" viewBox="0 0 \(width.svg) \(height.svg)" \
    role="img" aria-labelledby="\(id)-title \(id)-desc">
    <title id="\(id)-title">\(title.htmlEscaped)</title>
    <desc id="\(id)-desc">\(description.htmlEscaped)</desc>
    <defs>\(patterns(id: id))</defs>

    """
  }

  /// The peers' spread as a dark strip above the bars and the median as a black mark through it,
  /// both with at least 3:1 contrast against the page.
  private func rangeStrip(_ range: ChartRange, top: Double, x: (Double) -> Double) -> String {
    "<rect class=\"range\" x=\"\(x(range.minimum).svg)\" y=\"\((top + 3).svg)\" width=\"\(max(x(range.maximum) - x(range.minimum), 2).svg)\" height=\"5\"/>"
      + "<line class=\"median\" x1=\"\(x(range.median).svg)\" y1=\"\(top.svg)\" x2=\"\(x(range.median).svg)\" y2=\"\((top + 11).svg)\"/>"
  }

  private func bars(
    _ area: Area, top: Double, barHeight: Double, x: (Double) -> Double, id: String
  ) -> String {
    let numbers = NumberStyle(language: language)
    var svg = ""
    for (seriesIndex, item) in series.enumerated() {
      let barTop = top + Double(seriesIndex) * barHeight
      guard let percent = item.percentByArea[area.id] else {
        svg +=
          "<text class=\"value missing\" x=\"\((x(0) + 4).svg)\" y=\"\((barTop + barHeight - 5).svg)\">–</text>"
        continue
      }
      let end = x(Double(percent))
      let fill = seriesIndex == 0 ? Self.fills[0] : "url(#\(id)-pattern-\(seriesIndex))"
      svg +=
        "<rect class=\"bar series-\(seriesIndex)\" x=\"\(x(0).svg)\" y=\"\((barTop + 1).svg)\" width=\"\((end - x(0)).svg)\" height=\"\((barHeight - 2).svg)\" fill=\"\(fill)\" stroke=\"\(Self.fills[seriesIndex % Self.fills.count])\"/>"
      svg +=
        "<text class=\"value\" x=\"\((end + 4).svg)\" y=\"\((barTop + barHeight - 5).svg)\">\(scale.text(percent, numbers).htmlEscaped)</text>"
    }
    return svg
  }

  /// The legend, one entry per line from `top`, starting at `left`; returns the SVG and its height.
  private func legend(
    left: Double, top: Double, id: String, wrap: Int = 90
  ) -> (svg: String, height: Double) {
    var svg = ""
    var legendY = top
    /// The entry's text, on as many lines as it needs; moves `legendY` below it.
    func entry(_ text: String) -> String {
      let lines = text.wrapped(width: wrap)
      let svg = lines.enumerated().map { index, line in
        "<text class=\"legend\" x=\"\((left + 20).svg)\" y=\"\((legendY + 11 + Double(index) * 15).svg)\">\(line.htmlEscaped)</text>\n"
      }.joined()
      legendY += 20 + Double(lines.count - 1) * 15
      return svg
    }
    if series.count > 1 {
      for (seriesIndex, item) in series.enumerated() {
        let fill = seriesIndex == 0 ? Self.fills[0] : "url(#\(id)-pattern-\(seriesIndex))"
        svg +=
          "<rect class=\"legend-swatch\" x=\"\(left.svg)\" y=\"\(legendY.svg)\" width=\"14\" height=\"14\" fill=\"\(fill)\" stroke=\"\(Self.fills[seriesIndex % Self.fills.count])\"/>"
        svg += entry(item.name)
      }
    }
    if !ranges.isEmpty {
      svg += rangeStrip(
        ChartRange(minimum: 0, median: 7, maximum: 14), top: legendY + 1, x: { left + $0 })
      svg += entry(rangeLabel)
    }
    return (svg, legendY - top)
  }

  private func renderWide(id: String) -> String {
    // About 6.3 px per character at the chart's 11 px font, plus a margin.
    let longestLabel = areas.map { "\($0.id). \($0.title)".count }.max() ?? 10
    let labelWidth = Double(longestLabel) * 6.3 + 16
    let chartWidth = 280.0
    let barHeight = 18.0
    let groupGap = 10.0
    let top = 28.0
    let groupHeight = rangeHeight + Double(max(series.count, 1)) * barHeight + groupGap
    let key = legend(left: labelWidth, top: top + Double(areas.count) * groupHeight + 6, id: id)
    let height = top + Double(areas.count) * groupHeight + key.height + 14
    let width = labelWidth + chartWidth + 60
    let numbers = NumberStyle(language: language)
    func x(_ percent: Double) -> Double {
      labelWidth + chartWidth * min(max(percent, 0), scale.maximum) / scale.maximum
    }

    var svg = header(id: id, className: "wide", width: width, height: height)
    for tick in scale.ticks {
      let position = x(Double(tick))
      svg +=
        "<line class=\"grid\" x1=\"\(position.svg)\" y1=\"\(top - 6)\" x2=\"\(position.svg)\" y2=\"\((top + Double(areas.count) * groupHeight - groupGap).svg)\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(position.svg)\" y=\"\((top - 10).svg)\" text-anchor=\"middle\">\(scale.text(tick, numbers).htmlEscaped)</text>\n"
    }
    for (index, area) in areas.enumerated() {
      let groupTop = top + Double(index) * groupHeight
      let barsTop = groupTop + rangeHeight
      let groupBottom = barsTop + Double(max(series.count, 1)) * barHeight
      svg += "<g class=\"area\" data-area=\"\(area.id.htmlEscaped)\">"
      svg +=
        "<text class=\"area-label\" x=\"\((labelWidth - 8).svg)\" y=\"\(((groupTop + groupBottom) / 2 + 4).svg)\" text-anchor=\"end\">\("\(area.id). \(area.title)".htmlEscaped)</text>"
      if let range = ranges[area.id] { svg += rangeStrip(range, top: groupTop, x: x) }
      svg += bars(area, top: barsTop, barHeight: barHeight, x: x, id: id)
      svg += "</g>\n"
    }
    // The legend lists one entry per line under the bars, so long names never run off the chart.
    svg += key.svg
    svg += "</svg>"
    return svg
  }

  /// Narrow screens: each area's label on its own lines above its bars, across the full width.
  private func renderNarrow(id: String) -> String {
    let width = 320.0
    let left = 4.0
    let chartWidth = 250.0
    let barHeight = 18.0
    let lineHeight = 15.0
    let groupGap = 12.0
    let top = 22.0
    let numbers = NumberStyle(language: language)
    func x(_ percent: Double) -> Double {
      left + chartWidth * min(max(percent, 0), scale.maximum) / scale.maximum
    }
    // About 7 px per character at the narrow chart's 12 px font.
    let labels = areas.map { "\($0.id). \($0.title)".wrapped(width: 44) }
    var body = ""
    var y = top
    for (area, lines) in zip(areas, labels) {
      body += "<g class=\"area\" data-area=\"\(area.id.htmlEscaped)\">"
      for line in lines {
        y += lineHeight
        body +=
          "<text class=\"area-label\" x=\"\(left.svg)\" y=\"\((y - 3).svg)\">\(line.htmlEscaped)</text>"
      }
      y += 3
      let barsBottom = y + rangeHeight + Double(max(series.count, 1)) * barHeight
      for tick in scale.ticks {
        body +=
          "<line class=\"grid\" x1=\"\(x(Double(tick)).svg)\" y1=\"\(y.svg)\" x2=\"\(x(Double(tick)).svg)\" y2=\"\(barsBottom.svg)\"/>"
      }
      if let range = ranges[area.id] { body += rangeStrip(range, top: y, x: x) }
      body += bars(area, top: y + rangeHeight, barHeight: barHeight, x: x, id: id)
      body += "</g>\n"
      y = barsBottom + groupGap
    }
    let key = legend(left: left, top: y, id: id, wrap: 40)
    let height = y + key.height + 6
    var svg = header(id: id, className: "narrow", width: width, height: height)
    for tick in scale.ticks {
      let anchor = tick == scale.ticks.first ? "start" : "middle"
      svg +=
        "<text class=\"tick\" x=\"\(x(Double(tick)).svg)\" y=\"\((top - 8).svg)\" text-anchor=\"\(anchor)\">\(scale.text(tick, numbers).htmlEscaped)</text>\n"
    }
    return svg + body + key.svg + "</svg>"
  }

  /// Diagonal, dotted and cross hatching for the second to fourth series.
  private func patterns(id: String) -> String {
    (1..<Self.fills.count).map { index in
      let color = Self.fills[index]
      let mark: String =
        switch index {
        case 1: "<path d=\"M0,6 L6,0\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        case 2: "<circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"\(color)\"/>"
        default: "<path d=\"M0,3 L6,3 M3,0 L3,6\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
        }
      return
        "<pattern id=\"\(id)-pattern-\(index)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\(mark)</pattern>"
    }.joined()
  }
}
