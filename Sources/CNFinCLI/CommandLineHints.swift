import ArgumentParser
import CNFin

/// Usage hints added to ArgumentParser's own errors: a mistyped subcommand gets the nearest names.
enum CommandLineHints {
    /// "unknown subcommand 'sumary' of cnfin; did you mean 'summary'?" when the first word after a
    /// command group (`cnfin`, `cnfin data`, `cnfin test`, `cnfin decompose`…) names none of its
    /// subcommands; `nil` when the words are fine (ArgumentParser then reports what else is wrong).
    /// In Chinese (`language`): 「cnfin」没有子命令「sumary」；是否想输入「summary」？（参见「cnfin --help」）
    static func unknownSubcommand(_ arguments: [String], root: any ParsableCommand.Type = CNFinCommand.self,
                                  language: DisplayLanguage = .en) -> String? {
        var command: any ParsableCommand.Type = root
        var path = [root.configuration.commandName ?? "cnfin"]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, command.configuration.defaultSubcommand == nil, !word.hasPrefix("-"), word != "help" else {
                return nil
            }
            let names = subcommands.flatMap { [$0.configuration.commandName ?? ""] + $0.configuration.aliases }
            guard let next = subcommands.first(where: { ($0.configuration.commandName ?? "") == word || $0.configuration.aliases.contains(word) }) else {
                let suggestions = CloseMatches.suggestions(for: word, among: names.filter { !$0.isEmpty })
                let group = path.joined(separator: " ")
                if language == .zh {
                    let mean = suggestions.isEmpty ? "" : "；是否想输入" + suggestions.map { "「\($0)」" }.joined(separator: "、") + "？"
                    return "「\(group)」没有子命令「\(word)」\(mean)（参见「\(group) --help」）"
                }
                return "unknown subcommand '\(word)' of \(path.joined(separator: " "))" + CloseMatches.didYouMean(suggestions)
                    + " (see '\(path.joined(separator: " ")) --help')"
            }
            command = next
            path.append(word)
        }
        return nil
    }
}

/// Shell completion of series ids (`cnfin --generate-completion-script bash|zsh|fish` writes the
/// script; it calls back into cnfin for the ids of the bundled data and the user data directory).
let seriesIDCompletion: CompletionKind = .custom { (_: [String], _: Int, prefix: String) -> [String] in
    let ids = (try? loadDataset(directory: nil))?.ids ?? []
    return ids.filter { $0.hasPrefix(prefix.lowercased()) }
}
