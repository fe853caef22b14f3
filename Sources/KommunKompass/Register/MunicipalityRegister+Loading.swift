extension MunicipalityRegister {
  /// The register read from its embedded tables: `kommuner.csv` (code, name, county, group),
  /// `kommungrupper.csv` (the groups' names), `namnformer.csv` (official long forms) and
  /// `kodbyten.csv` (former codes).
  ///
  /// The tables are the package's own and checked by its tests; a row that cannot be read (which
  /// only an edit of the tables can cause) is left out rather than stopping the library.
  init(embedded files: [EmbeddedDataFile]) {
    func table(_ name: String) -> [[String: String]] {
      guard let file = files.first(where: { $0.fileName == name }) else { return [] }
      return Self.rows(ofCSV: String(decoding: file.bytes, as: UTF8.self))
    }
    let groups = table("kommungrupper.csv").compactMap { row -> MunicipalityGroup? in
      guard let code = row["kod"], let name = row["namn"], let main = row["huvudgrupp"] else {
        return nil
      }
      return MunicipalityGroup(
        code: code, name: LocalizedText(sv: name, en: row["namn_en"]),
        mainGroup: LocalizedText(sv: main, en: row["huvudgrupp_en"]))
    }
    var longForms: [String: [String]] = [:]
    for row in table("namnformer.csv") {
      if let code = row["kod"], let form = row["namnform"] {
        longForms[code, default: []].append(form)
      }
    }
    let municipalities = table("kommuner.csv").compactMap { row -> RegisteredMunicipality? in
      guard let codeText = row["kod"], let code = MunicipalityCode(rawValue: codeText),
        let name = row["namn"], let countyCode = row["lanskod"], let countyName = row["lan"],
        let group = groups.first(where: { $0.code == row["kommungrupp"] }),
        row["kommungrupp_namn"] == group.name.swedish
      else { return nil }
      return RegisteredMunicipality(
        code: code, name: name, county: County(code: countyCode, name: countyName), group: group,
        longForms: longForms[codeText] ?? [])
    }
    let changes = table("kodbyten.csv").compactMap { row -> MunicipalityCodeChange? in
      guard let former = row["tidigare_kod"].flatMap(MunicipalityCode.init(rawValue:)),
        let code = row["kod"].flatMap(MunicipalityCode.init(rawValue:)),
        let lastDay = row["sista_dag"].flatMap(CalendarDate.init), let county = row["tidigare_lan"]
      else { return nil }
      return MunicipalityCodeChange(
        formerCode: former, code: code, lastDay: lastDay, formerCountyName: county)
    }
    self.init(municipalities: municipalities, groups: groups, codeChanges: changes)
  }

  /// The rows of a comma-separated table without quoting (no field of the register's tables
  /// contains a comma), each by its header's column names.
  static func rows(ofCSV text: String) -> [[String: String]] {
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().filter { $0.count == header.count }.map {
      Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first })
    }
  }
}
