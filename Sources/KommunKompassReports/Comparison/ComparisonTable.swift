import KommunKompass

/// A table of a comparison report, laid out as plain text (columns padded with spaces, long titles
/// wrapped with the figures on their last line) or as a Markdown table.
struct ComparisonTable {
  /// How a column's cells line up.
  enum Alignment {
    case left, right
  }

  /// A figure column.
  struct Column {
    var header: String
    var alignment: Alignment = .right
  }

  /// A row: a label (an id prefix and a title) and one cell per column.
  struct Row {
    /// Printed before the title, for example `"1. "` or `"   1.1  "`; wrapped lines are indented by
    /// its length.
    var prefix: String
    /// The row's title.
    var title: String
    /// One cell per column; empty for a heading row that spans the table.
    var cells: [String]
    /// Bold in Markdown (areas and the total).
    var emphasized = false
    /// Preceded by a blank line in text.
    var spaceBefore = false
  }

  /// The heading of the label column.
  var labelHeader: String
  /// The figure columns.
  var columns: [Column]
  /// The rows in order.
  var rows: [Row]
  /// Titles longer than this wrap onto further lines.
  var titleWidth = 40

  /// The table as lines of text, without trailing spaces.
  func text() -> [String] {
    let labels = rows.map { row -> [String] in
      // Escaped before the layout, so that columns line up with the escaped text shown.
      let prefix = row.prefix.escapedForDisplay
      let wrapped = row.title.escapedForDisplay.wrapped(width: titleWidth)
      let indent = String(repeating: " ", count: prefix.count)
      return wrapped.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
    }
    var labelWidth = labelHeader.count
    for (row, lines) in zip(rows, labels) where !row.cells.isEmpty {
      labelWidth = max(labelWidth, lines.map(\.count).max() ?? 0)
    }
    var widths = columns.map(\.header.count)
    for row in rows {
      for (index, cell) in row.cells.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.escapedForDisplay.count)
      }
    }
    func line(_ label: String, _ cells: [String]) -> String {
      var text = label.padding(to: labelWidth)
      for (index, column) in columns.enumerated() {
        let cell = index < cells.count ? cells[index].escapedForDisplay : ""
        text +=
          "  "
          + (column.alignment == .right
            ? cell.leftPadding(to: widths[index]) : cell.padding(to: widths[index]))
      }
      return text.trimmingTrailingSpaces
    }
    var lines = [line(labelHeader, columns.map(\.header))]
    for (row, labelLines) in zip(rows, labels) {
      if row.spaceBefore { lines.append("") }
      if row.cells.isEmpty {
        lines += labelLines.map(\.trimmingTrailingSpaces)
        continue
      }
      lines += labelLines.dropLast().map(\.trimmingTrailingSpaces)
      lines.append(line(labelLines.last ?? "", row.cells))
    }
    return lines
  }

  /// The table as Markdown lines.
  func markdown() -> [String] {
    var lines = [
      "| " + ([labelHeader] + columns.map(\.header)).map(\.markdownEscaped).joined(separator: " | ")
        + " |",
      "|"
        + (["---"] + columns.map { $0.alignment == .right ? "--:" : "---" }).joined(separator: "|")
        + "|",
    ]
    for row in rows {
      let label = (row.prefix.trimming(" ") + " " + row.title).trimming(" ").markdownEscaped
      let cells = columns.indices.map { $0 < row.cells.count ? row.cells[$0].markdownEscaped : "" }
      let shownLabel = row.emphasized && !label.isEmpty ? "**\(label)**" : label
      lines.append("| " + ([shownLabel] + cells).joined(separator: " | ") + " |")
    }
    return lines
  }
}

extension String {
  /// The text with Markdown's special characters for tables and emphasis escaped.
  var markdownEscaped: String {
    var escaped = ""
    for character in self {
      if "|*_`[]<>\\".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// The text without the given character at either end.
  func trimming(_ character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }

  /// The text as a bullet point wrapped to `width` characters: "- " before the first line and two
  /// spaces before the others, after `indent`.
  func bulletLines(width: Int = 100, indent: String = "") -> [String] {
    wrapped(width: width - indent.count - 2).enumerated().map {
      indent + ($0.offset == 0 ? "- " : "  ") + $0.element
    }
  }

  /// The text with its first letter in upper case, for library phrases that start a sentence.
  var capitalizedFirstLetter: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}

extension NumberStyle {
  /// A whole number with its sign: `+6`, `−3`, `0`.
  func signed(_ value: Int) -> String {
    value > 0 ? "+\(value)" : value < 0 ? minusSign + String(value.magnitude) : "0"
  }

  /// A number with its sign and at most the given decimals: `+4,5`, `−3`, `0`.
  func signedDecimal(_ value: Double, maximumDecimals: Int = 1) -> String {
    let text = decimal(value, maximumDecimals: maximumDecimals)
    return text == "0" || text.hasPrefix(minusSign) ? text : "+" + text
  }

  /// A figure shown to one decimal at most, or a dash when there is none.
  func figure(_ value: Double?) -> String {
    value.map { decimal($0, maximumDecimals: 1) } ?? "–"
  }
}
