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
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" class="chart radar-chart" viewBox="0 0 \(size.svg) \(size.svg)" \
      role="img" aria-labelledby="\(id)-title \(id)-desc">
      <title id="\(id)-title">\(title.htmlEscaped)</title>
      <desc id="\(id)-desc">\(description.htmlEscaped)</desc>

      """
    for ring in [25.0, 50, 75, 100] {
      let corners = (0..<count).map { point($0, ring) }.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " ")
      svg += "<polygon class=\"ring\" points=\"\(corners)\"/>"
      let label = point(0, ring)
      svg += "<text class=\"tick\" x=\"\((label.x + 4).svg)\" y=\"\((label.y + 4).svg)\">\(numbers.percent(Int(ring)).htmlEscaped)</text>\n"
    }
    for (index, area) in areas.enumerated() {
      let end = point(index, 100)
      let label = point(index, 114)
      svg += "<line class=\"axis\" x1=\"\(centre.svg)\" y1=\"\(centre.svg)\" x2=\"\(end.x.svg)\" y2=\"\(end.y.svg)\"/>"
      svg += "<text class=\"axis-label\" x=\"\(label.x.svg)\" y=\"\((label.y + 4).svg)\" text-anchor=\"middle\">\(area.id.htmlEscaped)</text>\n"
    }
    for (seriesIndex, item) in series.enumerated() {
      let color = BarChartSVG.fills[seriesIndex % BarChartSVG.fills.count]
      let corners = areas.enumerated().map { index, area in
        point(index, Double(item.percentByArea[area.id] ?? 0))
      }
      let dash = seriesIndex == 0 ? "" : " stroke-dasharray=\"\(seriesIndex * 3 + 2),3\""
      svg += "<polygon class=\"series series-\(seriesIndex)\" points=\"\(corners.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " "))\" stroke=\"\(color)\" fill=\"\(color)\" fill-opacity=\"0.12\"\(dash)/>"
      for corner in corners {
        svg += "<circle class=\"marker\" cx=\"\(corner.x.svg)\" cy=\"\(corner.y.svg)\" r=\"2.5\" fill=\"\(color)\"/>"
      }
      svg += "\n"
    }
    svg += "</svg>"
    return svg
  }
}
