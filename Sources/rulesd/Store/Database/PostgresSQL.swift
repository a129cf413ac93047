import Foundation

/// The store's SQL, written in SQLite's dialect, as PostgreSQL takes it: `?` and `?N` parameters become
/// `$N` (numbered as SQLite numbers them), `INSERT OR IGNORE` becomes `ON CONFLICT DO NOTHING`, and
/// `rowid` becomes `seq` (the PostgreSQL schema gives those tables a `seq` column). Everything else the
/// store writes is SQL both engines read alike, or a function the PostgreSQL schema defines
/// (`json_extract`, `instr`, `rulesd_fold`).
enum PostgresSQL {
    /// The statement in PostgreSQL's dialect.
    static func translate(_ sql: String) -> String {
        var text = sql
        var ignoring = false
        if let range = text.range(of: "INSERT OR IGNORE INTO", options: [.caseInsensitive]) {
            text.replaceSubrange(range, with: "INSERT INTO")
            ignoring = true
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var highest = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "'" {
                // A string literal, copied as it is ('' is a quote inside it).
                let start = index
                index = text.index(after: index)
                while index < text.endIndex {
                    if text[index] == "'" {
                        let next = text.index(after: index)
                        if next < text.endIndex, text[next] == "'" { index = text.index(after: next) } else { index = next; break }
                    } else {
                        index = text.index(after: index)
                    }
                }
                result += text[start..<index]
            } else if character == "-", text[index...].hasPrefix("--") {
                // A comment, to the end of its line (a quote in it opens no string).
                let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
                result += text[index..<end]
                index = end
            } else if character == "?" {
                index = text.index(after: index)
                let digitsStart = index
                while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
                let number = digitsStart < index ? Int(text[digitsStart..<index]) ?? 0 : highest + 1
                highest = max(highest, number)
                result += "$\(number)"
            } else if character.isLetter || character == "_" {
                let start = index
                while index < text.endIndex, text[index].isLetter || text[index].isNumber || text[index] == "_" { index = text.index(after: index) }
                let word = text[start..<index]
                result += word.lowercased() == "rowid" ? "seq" : String(word)
            } else {
                result.append(character)
                index = text.index(after: index)
            }
        }
        if ignoring {
            while result.last?.isWhitespace == true { result.removeLast() }
            result += " ON CONFLICT DO NOTHING"
        }
        return result
    }

    /// A script's statements, one by one (PostgreSQL's extended protocol takes one at a time): split at the
    /// semicolons outside strings, `$$` bodies and `--` comments.
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var index = script.startIndex
        func flush() {
            let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !statement.isEmpty, !statement.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) {
                statements.append(statement)
            }
            current = ""
        }
        while index < script.endIndex {
            let rest = script[index...]
            if rest.hasPrefix("$$"), let end = script[script.index(index, offsetBy: 2)...].range(of: "$$") {
                current += script[index..<end.upperBound]
                index = end.upperBound
            } else if rest.hasPrefix("--") {
                let end = rest.firstIndex(of: "\n") ?? script.endIndex
                current += script[index..<end]
                index = end
            } else if script[index] == "'" {
                var end = script.index(after: index)
                while end < script.endIndex, script[end] != "'" { end = script.index(after: end) }
                end = end < script.endIndex ? script.index(after: end) : end
                current += script[index..<end]
                index = end
            } else if script[index] == ";" {
                flush()
                index = script.index(after: index)
            } else {
                current.append(script[index])
                index = script.index(after: index)
            }
        }
        flush()
        return statements
    }
}
