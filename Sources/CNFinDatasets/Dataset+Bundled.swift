import Foundation

extension Dataset {
    /// The directory of the bundled data files in the module's resource bundle.
    public static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "data", withExtension: nil)
    }

    /// Loaded once, on first use; Swift initialises static stored properties
    /// lazily and thread-safely, and the result is immutable.
    private static let bundledResult: Result<Dataset, DatasetError> = {
        guard let directory = bundledDirectory else { return .failure(.bundleMissing) }
        return Result { () throws(DatasetError) in try load(directory: directory) }
    }()

    /// The dataset shipped with cnfin (a copy of `Datasets/data/`), loaded once
    /// and cached; safe to call from any thread or task.
    public static func bundled() throws(DatasetError) -> Dataset {
        try bundledResult.get()
    }
}
