import Foundation

/// The records of a CSV text (RFC 4180: commas, double-quoted fields with `""` for a quote, fields over
/// several lines, CRLF or LF), each with the line it starts on, so a bad row can be named.
///
/// Written here rather than taken from a package: the importer must name the line of each bad row, which
/// the CSV packages available do not report.
struct CSVRecords {
    /// One record: its fields and the 1-based line it starts on.
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Why the text could not be read to its end.
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var description: String
    }

    /// Every record, blank lines skipped; a quote left open fails at the line it was opened on.
    static func parse(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 0
        var fieldStarted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\n")
        var index = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldStarted = false
        }
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
            } else {
                switch character {
                case "\"" where !fieldStarted || field.trimmingCharacters(in: .whitespaces).isEmpty:
                    field = ""
                    quoted = true
                    quoteLine = line
                    fieldStarted = true
                case ",":
                    fields.append(field)
                    field = ""
                    fieldStarted = false
                case "\n", "\r\n", "\r":
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(character)
                    fieldStarted = true
                }
            }
            index += 1
        }
        if quoted {
            throw Failure(line: quoteLine, description: "a double quote opened here is never closed; close it, or write \"\" for a quote inside a field")
        }
        return records
    }
}
