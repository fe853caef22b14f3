extension ComparisonTable {
  /// The table as HTML for the published report: in a container that scrolls sideways on its own,
  /// with a caption, column headers (`scope="col"`) and each row's label as its row header.
  func html(className: String, caption: String) -> String {
    var html = HTMLReportRenderer.tableStart(className: className, caption: caption)
    html += "<thead><tr><th scope=\"col\">\(labelHeader.htmlEscaped)</th>"
    for column in columns {
      html +=
        column.alignment == .right
        ? "<th scope=\"col\" class=\"number\">\(column.header.htmlEscaped)</th>"
        : "<th scope=\"col\">\(column.header.htmlEscaped)</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += row.emphasized ? "<tr class=\"sum\">" : "<tr>"
      html += "<th scope=\"row\">\((row.prefix + row.title).htmlEscaped)</th>"
      for (index, column) in columns.enumerated() {
        let cell = index < row.cells.count ? row.cells[index] : ""
        html +=
          column.alignment == .right
          ? "<td class=\"number\">\(cell.htmlEscaped)</td>" : "<td>\(cell.htmlEscaped)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }
}
