import EstateStore
/// Splits a migration file into single statements for drivers that send one statement at a
/// time (PostgresNIO uses the extended protocol only). Semicolons inside quotes, dollar-quoted
/// bodies (`$$ ... $$`, `$tag$ ... $tag$`) and `--` comments do not split.
public enum SQLScript {
    public static func statements(_ script: String) -> [String] {
        let chars = Array(script)
        var statements: [String] = []
        var current = ""
        var index = 0
        func flush() {
            let trimmed = current.trimmingCharacters(in: " \n\t\r")
            if !trimmed.isEmpty { statements.append(trimmed) }
            current = ""
        }
        while index < chars.count {
            let c = chars[index]
            if c == "-", index + 1 < chars.count, chars[index + 1] == "-" {
                while index < chars.count, chars[index] != "\n" { index += 1 }
                continue
            }
            if c == "'" {
                current.append(c)
                index += 1
                while index < chars.count {
                    current.append(chars[index])
                    if chars[index] == "'" {
                        if index + 1 < chars.count, chars[index + 1] == "'" {
                            current.append("'")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    index += 1
                }
                continue
            }
            if c == "$", let tagEnd = chars[(index + 1)...].firstIndex(where: { !($0.isLetter || $0 == "_") }),
                chars[tagEnd] == "$"
            {
                let tag = String(chars[index...tagEnd])
                current += tag
                index = tagEnd + 1
                while index < chars.count, !String(chars[index...].prefix(tag.count)).elementsEqual(tag) {
                    current.append(chars[index])
                    index += 1
                }
                current += tag
                index += tag.count
                continue
            }
            if c == ";" {
                flush()
            } else {
                current.append(c)
            }
            index += 1
        }
        flush()
        return statements
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
