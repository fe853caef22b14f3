extension PeerFigureScanner {
  /// The words of a file that the scanner compares byte for byte (the keys of one kind of object,
  /// or the values of one enumeration), taken from the same definitions the full loader reads, so
  /// that the two paths cannot disagree on them.
  struct Vocabulary<Word: Hashable & Sendable>: Sendable {
    /// The words, in the order of their definition; a word's position is its bit in a record of
    /// the words seen.
    let words: [Word]
    /// Each word as written in a file, in UTF-8, in one flat table so that matching a key costs no
    /// reference counting.
    let spellings: ByteStringTable
    /// The bits of the words an object must have (none for an enumeration), computed once since
    /// the scan checks it for every object.
    let requiredMask: UInt32

    /// A vocabulary of words and how each is written.
    init(_ words: [Word], written: (Word) -> String, required: Set<Word> = []) {
      self.words = words
      spellings = ByteStringTable(utf8: words.map(written))
      var mask: UInt32 = 0
      for (index, word) in words.enumerated() where required.contains(word) { mask |= 1 << index }
      requiredMask = mask
    }

    /// The bits of some of the words, as recorded by ``PeerFigureScanner/Pass``; for building the
    /// scan's layout, not for use during a scan.
    func mask(of chosen: some Sequence<Word>) -> UInt32 {
      let chosen = Set(chosen)
      var mask: UInt32 = 0
      for (index, word) in words.enumerated() where chosen.contains(word) { mask |= 1 << index }
      return mask
    }

    /// The words as written, for comparing with the loader's.
    var writtenForms: [String] { spellings.indices.map(spellings.text(at:)) }
  }
}

extension PeerFigureScanner.Vocabulary where Word: FileKeySet {
  /// The keys one kind of object may have.
  init(keys: Word.Type) {
    self.init(Word.allCases, written: \.rawValue, required: Word.required)
    assert(words.count <= 32, "a key set must fit the 32 bits the scanner records")
  }
}

extension PeerFigureScanner.Vocabulary
where Word: CaseIterable & RawRepresentable, Word.RawValue == String {
  /// The values an enumeration may have in a file.
  init(values: Word.Type) {
    self.init(Array(Word.allCases), written: \.rawValue)
  }
}
