import Foundation
import KommunKompass

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an output file was not written, in Swedish and English.
enum OutputFileMessage {
  /// The output is the same file as one of the command's inputs.
  case sameAsInput(String)
  /// A file exists and the command replaces none without `--force`.
  case exists
  /// The file holds project data, replaced only with `--force`.
  case holdsData(DataFileKind)
  /// The existing file cannot be read to see whether it holds project data.
  case cannotCheck(Int32)
  /// The path is an existing folder.
  case isFolder
  /// The path ends in `/`, so it names a folder.
  case namesFolder
  /// The path is empty.
  case noName
  /// The folder the file would go into does not exist.
  case missingFolder(String)
  /// The path of a folder to write into names something else.
  case notAFolder
  /// Writing failed with an `errno`.
  case cannotWrite(Int32)
  /// Creating a folder failed with an `errno`.
  case cannotCreateFolder(Int32)

  /// The whole line, beginning with the path as the user gave it.
  func line(for path: String, in language: Language) -> String {
    "\(path): " + text.text(in: language)
  }

  private var text: LocalizedText {
    switch self {
    case .sameAsInput(let input):
      LocalizedText(
        sv:
          "är samma fil som indatafilen \(input) och skrivs inte över; ange en annan fil att skriva",
        en:
          "is the same file as the input \(input) and is not overwritten; give another file to write"
      )
    case .exists:
      LocalizedText(
        sv: "filen finns redan; använd --force för att ersätta den",
        en: "the file already exists; use --force to replace it")
    case .holdsData(let kind):
      LocalizedText(
        sv:
          "filen är \(kind.name.text(in: .swedish)) och ersätts inte; använd --force för att ersätta den",
        en:
          "the file holds \(kind.name.text(in: .english)) and is not replaced; use --force to replace it"
      )
    case .cannotCheck(let error):
      LocalizedText(
        sv:
          "filen finns redan och kan inte läsas för att se vad den innehåller (\(Self.cause(error).swedish)); använd --force för att ersätta den",
        en:
          "the file already exists and cannot be read to see what it holds (\(Self.cause(error).text(in: .english))); use --force to replace it"
      )
    case .isFolder:
      LocalizedText(
        sv: "är en mapp; ange en fil att skriva", en: "is a folder; give a file to write")
    case .namesFolder:
      LocalizedText(
        sv: "slutar med / och namnger alltså en mapp; ange en fil att skriva",
        en: "ends in / and so names a folder; give a file to write")
    case .noName:
      LocalizedText(sv: "ange en fil att skriva", en: "give a file to write")
    case .missingFolder(let folder):
      LocalizedText(
        sv: "kan inte skriva filen: mappen \(folder) finns inte",
        en: "cannot write the file: the folder \(folder) does not exist")
    case .notAFolder:
      LocalizedText(sv: "finns och är inte en mapp", en: "exists and is not a folder")
    case .cannotWrite(let error):
      LocalizedText(
        sv: "kan inte skriva filen: \(Self.cause(error).swedish)",
        en: "cannot write the file: \(Self.cause(error).text(in: .english))")
    case .cannotCreateFolder(let error):
      LocalizedText(
        sv: "kan inte skapa mappen: \(Self.cause(error).swedish)",
        en: "cannot create the folder: \(Self.cause(error).text(in: .english))")
    }
  }

  /// The cause of a failed system call, named from its `errno`.
  static func cause(_ error: Int32) -> LocalizedText {
    switch error {
    case ENOSPC, EDQUOT:
      LocalizedText(sv: "det finns inget utrymme kvar på enheten", en: "no space left on device")
    case EACCES, EPERM:
      LocalizedText(sv: "åtkomst nekas", en: "permission denied")
    case ENOENT:
      LocalizedText(sv: "mappen finns inte", en: "the folder does not exist")
    case EROFS:
      LocalizedText(sv: "filsystemet är skrivskyddat", en: "read-only file system")
    case EISDIR:
      LocalizedText(sv: "det är en mapp", en: "is a directory")
    case ENOTDIR:
      LocalizedText(
        sv: "en del av sökvägen är inte en mapp", en: "a part of the path is not a folder")
    case ELOOP:
      LocalizedText(sv: "för många symboliska länkar", en: "too many symbolic links")
    case ENAMETOOLONG:
      LocalizedText(sv: "namnet är för långt", en: "the name is too long")
    case EIO:
      LocalizedText(sv: "in- eller utmatningsfel", en: "input/output error")
    case ENXIO:
      LocalizedText(
        sv: "enheten finns inte eller tar inte emot data", en: "no such device or address")
    default:
      LocalizedText(sv: String(cString: strerror(error)), en: String(cString: strerror(error)))
    }
  }
}
