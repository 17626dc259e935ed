internal import CICUShim

/// The one place in Tsuho that calls ICU: it turns the shim's C calls into Swift values and errors.
///
/// Every other file of `TsuhoText` goes through these functions, so the C types and the buffer
/// protocol (call, and call again with more room) stay in this file.
enum ICUBridge {
    /// A compiled ICU object (transliterator, break iterator, message format) owned by Swift code.
    struct Handle: @unchecked Sendable {
        // Safety: a handle is only used by one thread at a time; the owners (pools and locks) ensure it.
        let pointer: UnsafeMutableRawPointer
    }

    // MARK: Versions

    static func icuVersion() -> [UInt8] {
        var version: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &version) { raw in
            CICUShim_getICUVersion(raw.baseAddress?.assumingMemoryBound(to: UInt8.self))
        }
        return [version.0, version.1, version.2, version.3]
    }

    static func unicodeVersion() -> [UInt8] {
        var version: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &version) { raw in
            CICUShim_getUnicodeVersion(raw.baseAddress?.assumingMemoryBound(to: UInt8.self))
        }
        return [version.0, version.1, version.2, version.3]
    }

    static func errorName(_ code: Int32) -> String {
        guard let name = CICUShim_errorName(code) else { return "ICU error \(code)" }
        return String(cString: name)
    }

    // MARK: Normalization

    enum Form: Int32 {
        case nfc = 0
        case nfd = 1
        case nfkc = 2
        case nfkd = 3
        case nfkcCasefold = 4
        case widthFold = 5
    }

    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, form: Form, operation: String) throws -> [UInt8] {
        let source = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        return try growingBuffer(
            of: UInt8.self, initialCapacity: bytes.count + bytes.count / 2 + 16, operation: operation
        ) {
            destination, capacity, status in
            CICUShim_normalizeUTF8(
                form.rawValue, source, Int32(bytes.count),
                UnsafeMutableRawPointer(destination)?.assumingMemoryBound(to: CChar.self), capacity, &status)
        }
    }

    /// ICU's normalization flags of one code point: boundary before it, and inert.
    static func normalizationFlags(form: Form, scalar: UInt32) -> (boundaryBefore: Bool, inert: Bool) {
        var status: Int32 = 0
        let flags = CICUShim_normalizationFlags(form.rawValue, Int32(bitPattern: scalar), &status)
        return status <= 0 ? (flags & 1 != 0, flags & 2 != 0) : (false, false)
    }

    /// ICU's behaviour for every BMP code point under a form: boundary and change flags, and the
    /// normalized UTF-8 of each code point that changes alone.
    static func foldTable(
        form: Form
    ) throws -> (flags: [UInt8], combiningClasses: [UInt8], spans: [Int32], replacements: [UInt8]) {
        var flags = [UInt8](repeating: 0, count: 0x10000)
        var classes = [UInt8](repeating: 0, count: 0x10000)
        var spans = [Int32](repeating: 0, count: 0x20000)
        var capacity = 1 << 18
        for _ in 0..<2 {
            var status: Int32 = 0
            var replacements = [UInt8](repeating: 0, count: capacity)
            let needed = flags.withUnsafeMutableBufferPointer { flagBuffer in
                classes.withUnsafeMutableBufferPointer { classBuffer in
                    spans.withUnsafeMutableBufferPointer { spanBuffer in
                        replacements.withUnsafeMutableBytes { replacementBuffer in
                            CICUShim_foldTable(
                                form.rawValue, flagBuffer.baseAddress, classBuffer.baseAddress, spanBuffer.baseAddress,
                                replacementBuffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(capacity),
                                &status)
                        }
                    }
                }
            }
            guard status <= 0 else {
                throw TextError.icuFailure(operation: "fold table", name: errorName(status))
            }
            if Int(needed) <= capacity {
                return (flags, classes, spans, Array(replacements.prefix(Int(needed))))
            }
            capacity = Int(needed)
        }
        throw TextError.icuFailure(operation: "fold table", name: "U_BUFFER_OVERFLOW_ERROR")
    }

    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>, form: Form) throws -> Bool {
        let source = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var status: Int32 = 0
        let answer = CICUShim_isNormalizedUTF8(form.rawValue, source, Int32(bytes.count), &status)
        guard status <= 0 else {
            throw TextError.icuFailure(operation: "normalization check", name: errorName(status))
        }
        return answer != 0
    }

    // MARK: Transliteration

    static func openTransliterator(id: String) throws -> Handle {
        let units = Array(id.utf16)
        var parseOffset: Int32 = -1
        var status: Int32 = 0
        let pointer = units.withUnsafeBufferPointer { buffer in
            CICUShim_transliteratorOpen(buffer.baseAddress, Int32(buffer.count), &parseOffset, &status)
        }
        guard let pointer, status <= 0 else {
            throw TextError.unknownTransform(id: id, reason: errorName(status))
        }
        return Handle(pointer: pointer)
    }

    static func cloneTransliterator(_ handle: Handle) throws -> Handle {
        var status: Int32 = 0
        guard let copy = CICUShim_transliteratorClone(handle.pointer, &status), status <= 0 else {
            throw TextError.icuFailure(operation: "transliterator copy", name: errorName(status))
        }
        return Handle(pointer: copy)
    }

    static func transliterate(_ handle: Handle, _ text: String) throws -> String {
        let units = Array(text.utf16)
        let output = try units.withUnsafeBufferPointer { source in
            try growingBuffer(of: UInt16.self, initialCapacity: source.count * 2 + 16, operation: "transliteration") {
                destination, capacity, status in
                CICUShim_transliterate(
                    handle.pointer, source.baseAddress, Int32(source.count), destination, capacity, &status)
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    static func closeTransliterator(_ handle: Handle) {
        CICUShim_transliteratorClose(handle.pointer)
    }

    // MARK: Break iteration

    enum BreakKind: Int32 {
        case word = 1
        case sentence = 3
    }

    static func openBreakIterator(kind: BreakKind, localeID: String) throws -> Handle {
        var status: Int32 = 0
        guard let pointer = CICUShim_breakIteratorOpen(kind.rawValue, localeID, &status), status <= 0 else {
            throw TextError.icuFailure(operation: "break iterator for \(localeID)", name: errorName(status))
        }
        return Handle(pointer: pointer)
    }

    static func cloneBreakIterator(_ handle: Handle) throws -> Handle {
        var status: Int32 = 0
        guard let pointer = CICUShim_breakIteratorClone(handle.pointer, &status), status <= 0 else {
            throw TextError.icuFailure(operation: "break iterator copy", name: errorName(status))
        }
        return Handle(pointer: pointer)
    }

    /// Returns the boundaries (UTF-16 offsets) and the rule status of the segment ending at each.
    static func boundaries(_ handle: Handle, utf16 units: [UInt16]) throws -> (offsets: [Int32], statuses: [Int32]) {
        var capacity = units.count / 2 + 8
        while true {
            var offsets = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = units.withUnsafeBufferPointer { source in
                offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                    statuses.withUnsafeMutableBufferPointer { statusBuffer in
                        CICUShim_breakIteratorBoundaries(
                            handle.pointer, source.baseAddress, Int32(source.count), offsetBuffer.baseAddress,
                            statusBuffer.baseAddress, Int32(capacity), &status)
                    }
                }
            }
            guard status <= 0 else {
                throw TextError.icuFailure(operation: "segmentation", name: errorName(status))
            }
            if Int(count) <= capacity {
                return (Array(offsets.prefix(Int(count))), Array(statuses.prefix(Int(count))))
            }
            capacity = Int(count)
        }
    }

    static func closeBreakIterator(_ handle: Handle) {
        CICUShim_breakIteratorClose(handle.pointer)
    }

    // MARK: Scripts

    static func script(of scalar: Unicode.Scalar) -> Int32 {
        var status: Int32 = 0
        let script = CICUShim_scriptOf(Int32(bitPattern: scalar.value), &status)
        return status <= 0 ? script : commonScript
    }

    static func scriptExtensions(of scalar: Unicode.Scalar, contain script: Int32) -> Bool {
        CICUShim_scriptExtensionsContain(Int32(bitPattern: scalar.value), script) != 0
    }

    static func scriptCode(_ script: Int32) -> String {
        CICUShim_scriptCode(script).map { String(cString: $0) } ?? "Zzzz"
    }

    static func scriptName(_ script: Int32) -> String {
        CICUShim_scriptName(script).map { String(cString: $0) } ?? "Unknown"
    }

    static func script(code: String) -> Int32? {
        let value = CICUShim_scriptFromCode(code)
        return value < 0 ? nil : value
    }

    /// ICU's codes for the Common, Inherited and Unknown scripts (ISO 15924 Zyyy, Zinh, Zzzz).
    static let commonScript: Int32 = CICUShim_scriptFromCode("Zyyy")
    static let inheritedScript: Int32 = CICUShim_scriptFromCode("Zinh")
    static let unknownScript: Int32 = CICUShim_scriptFromCode("Zzzz")

    // MARK: Locales

    /// Returns the ICU locale id of a BCP 47 tag that ICU has data for.
    static func localeID(forLanguageTag tag: String) throws -> String {
        var status: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 160)
        let length = buffer.withUnsafeMutableBufferPointer { destination in
            CICUShim_localeFromLanguageTag(tag, destination.baseAddress, Int32(destination.count), &status)
        }
        switch status {
        case ...0:
            let bytes = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        case 2:
            throw TextError.unknownLocale(tag)
        default:
            throw TextError.malformedLanguageTag(tag)
        }
    }

    // MARK: Spoof checking

    static func spoofCheck(_ word: String) throws -> Int32 {
        let units = Array(word.utf16)
        var status: Int32 = 0
        let result = units.withUnsafeBufferPointer { buffer in
            CICUShim_spoofCheck(buffer.baseAddress, Int32(buffer.count), &status)
        }
        guard status <= 0 else {
            throw TextError.icuFailure(operation: "spoof check", name: errorName(status))
        }
        return result
    }

    // MARK: MessageFormat

    static func openMessageFormat(pattern: String, localeID: String) throws -> (Handle, [String]) {
        let units = Array(pattern.utf16)
        var errorOffset: Int32 = -1
        var status: Int32 = 0
        let pointer = units.withUnsafeBufferPointer { buffer in
            CICUShim_messageFormatOpen(localeID, buffer.baseAddress, Int32(buffer.count), &errorOffset, &status)
        }
        guard let pointer, status <= 0 else {
            throw TextError.invalidPattern(
                pattern, offset: errorOffset >= 0 ? Int(errorOffset) : nil, reason: errorName(status))
        }
        let handle = Handle(pointer: pointer)
        var names: [String] = []
        let count = CICUShim_messageFormatArgumentName(pointer, -1, nil, 0, &status)
        for index in 0..<count {
            let name = try growingBuffer(of: UInt16.self, initialCapacity: 32, operation: "message argument names") {
                destination, capacity, status in
                CICUShim_messageFormatArgumentName(pointer, index, destination, capacity, &status)
            }
            names.append(String(decoding: name, as: UTF16.self))
        }
        return (handle, names)
    }

    enum MessageValue {
        case text(String)
        case number(Double)
    }

    static func formatMessage(_ handle: Handle, arguments: [(name: String, value: MessageValue)]) throws -> String {
        let names = arguments.map { Array($0.name.utf16) }
        let strings: [[UInt16]] = arguments.map {
            if case .text(let text) = $0.value { return Array(text.utf16) }
            return []
        }
        let kinds: [Int32] = arguments.map {
            if case .number = $0.value { return 1 }
            return 0
        }
        let numbers: [Double] = arguments.map {
            if case .number(let number) = $0.value { return number }
            return 0
        }
        return try withPointers(to: names) { namePointers in
            try withPointers(to: strings) { stringPointers in
                let nameLengths = names.map { Int32($0.count) }
                let stringLengths = strings.map { Int32($0.count) }
                let output = try growingBuffer(of: UInt16.self, initialCapacity: 256, operation: "message formatting") {
                    destination, capacity, status in
                    CICUShim_messageFormatFormat(
                        handle.pointer, Int32(arguments.count), namePointers, nameLengths, kinds, numbers,
                        stringPointers, stringLengths, destination, capacity, &status)
                }
                return String(decoding: output, as: UTF16.self)
            }
        }
    }

    static func closeMessageFormat(_ handle: Handle) {
        CICUShim_messageFormatClose(handle.pointer)
    }

    // MARK: Helpers

    /// Calls a shim function that fills a buffer, and calls it again with the needed room when the first
    /// buffer was too small.
    private static func growingBuffer<Element: BitwiseCopyable>(
        of type: Element.Type, initialCapacity: Int, operation: String,
        _ fill: (UnsafeMutablePointer<Element>?, Int32, inout Int32) -> Int32
    ) throws -> [Element] {
        var capacity = max(initialCapacity, 1)
        for _ in 0..<2 {
            var status: Int32 = 0
            var needed: Int32 = 0
            let result = [Element](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                needed = fill(buffer.baseAddress, Int32(capacity), &status)
                initialized = status <= 0 ? min(Int(needed), capacity) : 0
            }
            guard status <= 0 else {
                throw TextError.icuFailure(operation: operation, name: errorName(status))
            }
            if Int(needed) <= capacity {
                return result
            }
            capacity = Int(needed)
        }
        throw TextError.icuFailure(operation: operation, name: "U_BUFFER_OVERFLOW_ERROR")
    }

    /// Gives a C array of pointers to the storage of each array, valid inside `body`.
    private static func withPointers<Result>(
        to arrays: [[UInt16]], _ body: ([UnsafePointer<UInt16>?]) throws -> Result
    ) throws -> Result {
        func recurse(_ index: Int, _ collected: [UnsafePointer<UInt16>?]) throws -> Result {
            if index == arrays.count {
                return try body(collected)
            }
            return try arrays[index].withUnsafeBufferPointer { buffer in
                try recurse(index + 1, collected + [buffer.baseAddress])
            }
        }
        return try recurse(0, [])
    }
}
