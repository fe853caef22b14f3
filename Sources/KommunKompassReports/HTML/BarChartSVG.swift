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

  func render(id: String) -> String {
    // About 6.3 px per character at the chart's 11 px font, plus a margin.
    let longestLabel = areas.map { "\($0.id). \($0.title)".count }.max() ?? 10
    let labelWidth = Double(longestLabel) * 6.3 + 16
    let chartWidth = 380.0
    let barHeight = 18.0
    let groupGap = 10.0
    let top = 28.0
    let groupHeight = Double(max(series.count, 1)) * barHeight + groupGap
    let legendEntries = (series.count > 1 ? series.count : 0) + (ranges.isEmpty ? 0 : 1)
    let legendHeight = Double(legendEntries) * 20 + (legendEntries > 0 ? 6 : 0)
    let height = top + Double(areas.count) * groupHeight + legendHeight + 8
    let width = labelWidth + chartWidth + 60
    let numbers = NumberStyle(language: language)
    func x(_ percent: Double) -> Double {
      labelWidth + chartWidth * min(max(percent, 0), scale.maximum) / scale.maximum
    }

    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" viewBox="0 0 \(width.svg) \(height.svg)" \
      role="img" aria-labelledby="\(id)-title \(id)-desc">
      <title id="\(id)-title">\(title.htmlEscaped)</title>
      <desc id="\(id)-desc">\(description.htmlEscaped)</desc>
      <defs>\(patterns(id: id))</defs>

      """
    for tick in scale.ticks {
      let position = x(Double(tick))
      svg +=
        "<line class=\"grid\" x1=\"\(position.svg)\" y1=\"\(top - 6)\" x2=\"\(position.svg)\" y2=\"\((top + Double(areas.count) * groupHeight - groupGap).svg)\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(position.svg)\" y=\"\((top - 10).svg)\" text-anchor=\"middle\">\(scale.text(tick, numbers).htmlEscaped)</text>\n"
    }
    for (index, area) in areas.enumerated() {
      let groupTop = top + Double(index) * groupHeight
      let groupBottom = groupTop + Double(max(series.count, 1)) * barHeight
      svg += "<g class=\"area\" data-area=\"\(area.id.htmlEscaped)\">"
      svg +=
        "<text class=\"area-label\" x=\"\((labelWidth - 8).svg)\" y=\"\(((groupTop + groupBottom) / 2 + 4).svg)\" text-anchor=\"end\">\("\(area.id). \(area.title)".htmlEscaped)</text>"
      if let range = ranges[area.id] {
        svg +=
          "<rect class=\"range\" x=\"\(x(range.minimum).svg)\" y=\"\((groupTop - 3).svg)\" width=\"\((x(range.maximum) - x(range.minimum)).svg)\" height=\"\((groupBottom - groupTop + 6).svg)\"/>"
        svg +=
          "<line class=\"median\" x1=\"\(x(range.median).svg)\" y1=\"\((groupTop - 3).svg)\" x2=\"\(x(range.median).svg)\" y2=\"\((groupBottom + 3).svg)\"/>"
      }
      for (seriesIndex, item) in series.enumerated() {
        let barTop = groupTop + Double(seriesIndex) * barHeight
        guard let percent = item.percentByArea[area.id] else {
          svg +=
            "<text class=\"value missing\" x=\"\((labelWidth + 4).svg)\" y=\"\((barTop + barHeight - 5).svg)\">–</text>"
          continue
        }
        let end = x(Double(percent))
        let fill = seriesIndex == 0 ? Self.fills[0] : "url(#\(id)-pattern-\(seriesIndex))"
        svg +=
          "<rect class=\"bar series-\(seriesIndex)\" x=\"\(labelWidth.svg)\" y=\"\((barTop + 1).svg)\" width=\"\((end - labelWidth).svg)\" height=\"\((barHeight - 2).svg)\" fill=\"\(fill)\" stroke=\"\(Self.fills[seriesIndex % Self.fills.count])\"/>"
        svg +=
          "<text class=\"value\" x=\"\((end + 4).svg)\" y=\"\((barTop + barHeight - 5).svg)\">\(scale.text(percent, numbers).htmlEscaped)</text>"
      }
      svg += "</g>\n"
    }
    // The legend lists one entry per line under the bars, so long names never run off the chart.
    var legendY = top + Double(areas.count) * groupHeight + 6
    if series.count > 1 {
      for (seriesIndex, item) in series.enumerated() {
        let fill = seriesIndex == 0 ? Self.fills[0] : "url(#\(id)-pattern-\(seriesIndex))"
        svg +=
          "<rect class=\"legend-swatch\" x=\"\(labelWidth.svg)\" y=\"\(legendY.svg)\" width=\"14\" height=\"14\" fill=\"\(fill)\" stroke=\"\(Self.fills[seriesIndex % Self.fills.count])\"/>"
        svg +=
          "<text class=\"legend\" x=\"\((labelWidth + 20).svg)\" y=\"\((legendY + 11).svg)\">\(item.name.htmlEscaped)</text>\n"
        legendY += 20
      }
    }
    if !ranges.isEmpty {
      svg +=
        "<rect class=\"range\" x=\"\(labelWidth.svg)\" y=\"\(legendY.svg)\" width=\"14\" height=\"14\"/>"
      svg +=
        "<line class=\"median\" x1=\"\((labelWidth + 7).svg)\" y1=\"\(legendY.svg)\" x2=\"\((labelWidth + 7).svg)\" y2=\"\((legendY + 14).svg)\"/>"
      svg +=
        "<text class=\"legend\" x=\"\((labelWidth + 20).svg)\" y=\"\((legendY + 11).svg)\">\(rangeLabel.htmlEscaped)</text>\n"
    }
    svg += "</svg>"
    return svg
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
