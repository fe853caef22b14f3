/// The version of the library and the `kompass` tool, which are released together.
///
/// Reports and exports name it, so that a published figure can be traced to the code that
/// computed it. It follows semantic versioning; before 1.0 a minor version may change the API.
public enum ToolVersion {
  /// The version, such as `0.5.0`.
  public static let current = "0.5.0"
}
