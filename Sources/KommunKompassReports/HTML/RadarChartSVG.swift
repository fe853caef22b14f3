import Foundation
import KommunKompass

/// A radar (spider) chart of the areas' percentages: one axis per area from 0 at the centre to
/// 100 at the rim, one polygon per series, with the area ids at the axis ends.
struct RadarChartSVG {
  var areas: [BarChartSVG.Area]
  var series: [ChartSeries]
  var title: String
  var description: String
  var language: Language

  func render(id: String) -> String {
    let size = 360.0
    let centre = size / 2
    let radius = 130.0
    let count = max(areas.count, 3)
    func point(_ index: Int, _ percent: Double) -> (x: Double, y: Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      let distance = radius * min(max(percent, 0), 100) / 100
      return (centre + distance * cos(angle), centre + distance * sin(angle))
    }
    let numbers = NumberStyle(language: language)
    // With several series, a legend under the chart: one line per series, drawn as on the chart.
    let legendHeight = series.count > 1 ? Double(series.count) * 20 + 6 : 0
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart radar-chart" viewBox="0 0 \(size.svg) \((size + legendHeight).svg)" \
      role="img" aria-labelledby="\(id)-title \(id)-desc">
      <title id="\(id)-title">\(title.htmlEscaped)</title>
      <desc id="\(id)-desc">\(description.htmlEscaped)</desc>

      """
    for ring in [25.0, 50, 75, 100] {
      let corners = (0..<count).map { point($0, ring) }.map { "\($0.x.svg),\($0.y.svg)" }.joined(
        separator: " ")
      svg += "<polygon class=\"ring\" points=\"\(corners)\"/>\n"
    }
    for (index, area) in areas.enumerated() {
      let end = point(index, 100)
      let label = point(index, 116)
      svg +=
        "<line class=\"axis\" x1=\"\(centre.svg)\" y1=\"\(centre.svg)\" x2=\"\(end.x.svg)\" y2=\"\(end.y.svg)\"/>"
      svg +=
        "<text class=\"axis-label\" x=\"\(label.x.svg)\" y=\"\((label.y + 4).svg)\" text-anchor=\"middle\">\(area.id.htmlEscaped)</text>\n"
    }
    for (seriesIndex, item) in series.enumerated() {
      let color = BarChartSVG.fills[seriesIndex % BarChartSVG.fills.count]
      let corners = areas.enumerated().map { index, area in
        item.percentByArea[area.id].map { point(index, Double($0)) }
      }
      let dash = seriesIndex == 0 ? "" : " stroke-dasharray=\"\(seriesIndex * 3 + 2),3\""
      if corners.allSatisfy({ $0 != nil }) {
        let points = corners.compactMap { $0 }.map { "\($0.x.svg),\($0.y.svg)" }.joined(
          separator: " ")
        svg +=
          "<polygon class=\"series series-\(seriesIndex)\" points=\"\(points)\" stroke=\"\(color)\" fill=\"\(color)\" fill-opacity=\"0.12\"\(dash)/>"
      } else {
        // An area without a figure is not drawn as 0 %: the outline breaks there instead.
        var path = ""
        var penDown = false
        for corner in corners + [corners[0]] {
          guard let corner else {
            penDown = false
            continue
          }
          path += "\(penDown ? "L" : "M")\(corner.x.svg),\(corner.y.svg) "
          penDown = true
        }
        svg +=
          "<path class=\"series series-\(seriesIndex) partial\" d=\"\(path.trimmingTrailingSpaces)\" stroke=\"\(color)\" fill=\"none\"\(dash)/>"
      }
      for corner in corners.compactMap({ $0 }) {
        svg +=
          "<circle class=\"marker\" cx=\"\(corner.x.svg)\" cy=\"\(corner.y.svg)\" r=\"2.5\" fill=\"\(color)\"/>"
      }
      svg += "\n"
    }
    // Ring labels sit halfway between the first two axes, clear of the axis labels, drawn last so
    // that no polygon covers them (with a white halo where a line crosses).
    for ring in [25.0, 50, 75, 100] {
      let first = point(0, ring)
      let second = point(1, ring)
      svg +=
        "<text class=\"tick ring-label\" x=\"\(((first.x + second.x) / 2).svg)\" y=\"\(((first.y + second.y) / 2 + 3).svg)\" text-anchor=\"middle\">\(numbers.percent(Int(ring)).htmlEscaped)</text>\n"
    }
    if series.count > 1 {
      for (seriesIndex, item) in series.enumerated() {
        let color = BarChartSVG.fills[seriesIndex % BarChartSVG.fills.count]
        let dash = seriesIndex == 0 ? "" : " stroke-dasharray=\"\(seriesIndex * 3 + 2),3\""
        let y = size + Double(seriesIndex) * 20 + 4
        svg +=
          "<line class=\"legend-line\" x1=\"20\" y1=\"\((y + 7).svg)\" x2=\"44\" y2=\"\((y + 7).svg)\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
        svg +=
          "<text class=\"legend\" x=\"50\" y=\"\((y + 11).svg)\">\(item.name.htmlEscaped)</text>\n"
      }
    }
    svg += "</svg>"
    return svg
  }
}
