/// The pixels of an 8-bit, non-interlaced PNG (grey, grey with alpha, RGB or RGBA: what rsvg-convert
/// writes), decoded so tests can check that a rendering is not blank.
public struct PNGImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// RGBA bytes, row by row.
    public let rgba: [UInt8]

    /// Decodes a PNG file.
    ///
    /// - Parameter bytes: The file.
    /// - Throws: ``Inflate/Failure`` for a file this decoder cannot read.
    public init(bytes: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.starts(with: signature) else { throw Inflate.Failure(description: "not a PNG file") }
        var position = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        while position + 8 <= bytes.count {
            let length = bytes[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let start = position + 8
            guard start + length + 4 <= bytes.count else {
                throw Inflate.Failure(description: "a chunk ends too early")
            }
            let chunk = bytes[start..<(start + length)]
            if type == "IHDR" { header = Array(chunk) }
            if type == "IDAT" { compressed += chunk }
            if type == "IEND" { break }
            position = start + length + 4
        }
        guard header.count == 13 else { throw Inflate.Failure(description: "no IHDR chunk") }
        let width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let channelsByType = [0: 1, 2: 3, 4: 2, 6: 4]
        guard header[8] == 8, header[12] == 0, let channels = channelsByType[Int(header[9])] else {
            throw Inflate.Failure(description: "only 8-bit, non-interlaced grey or RGB(A) PNG is supported")
        }
        let raw = try Inflate.zlib(compressed)
        let stride = width * channels
        guard raw.count == height * (stride + 1) else {
            throw Inflate.Failure(
                description: "the image data has \(raw.count) bytes, expected \(height * (stride + 1))")
        }
        var pixels = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            let target = row * stride
            for column in 0..<stride {
                let value = raw[source + column]
                let left = column >= channels ? Int(pixels[target + column - channels]) : 0
                let up = row > 0 ? Int(pixels[target - stride + column]) : 0
                let upLeft = row > 0 && column >= channels ? Int(pixels[target - stride + column - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predicted = a <= b && a <= c ? left : b <= c ? up : upLeft
                default: throw Inflate.Failure(description: "an unknown filter type \(filter)")
                }
                pixels[target + column] = UInt8(truncatingIfNeeded: Int(value) + predicted)
            }
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for index in 0..<(width * height) {
            let pixel = index * channels
            switch channels {
            case 1, 2:
                rgba[index * 4] = pixels[pixel]
                rgba[index * 4 + 1] = pixels[pixel]
                rgba[index * 4 + 2] = pixels[pixel]
                if channels == 2 { rgba[index * 4 + 3] = pixels[pixel + 1] }
            default:
                rgba[index * 4] = pixels[pixel]
                rgba[index * 4 + 1] = pixels[pixel + 1]
                rgba[index * 4 + 2] = pixels[pixel + 2]
                if channels == 4 { rgba[index * 4 + 3] = pixels[pixel + 3] }
            }
        }
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The pixel at a position, as red, green, blue and alpha.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
        let index = (y * width + x) * 4
        return (rgba[index], rgba[index + 1], rgba[index + 2], rgba[index + 3])
    }

    /// How many pixels of a region are visibly different from white (or not transparent, for a
    /// transparent background): ink.
    ///
    /// - Parameters:
    ///   - xs: The columns to look at; all by default.
    ///   - ys: The rows to look at; all by default.
    /// - Returns: The number of inked pixels.
    public func inkedPixels(xs: Range<Int>? = nil, ys: Range<Int>? = nil) -> Int {
        let columns = (xs ?? 0..<width).clamped(to: 0..<width)
        let rows = (ys ?? 0..<height).clamped(to: 0..<height)
        var count = 0
        for y in rows {
            for x in columns {
                let (red, green, blue, alpha) = pixel(x: x, y: y)
                if alpha > 32, min(red, green, blue) < 200 {
                    count += 1
                }
            }
        }
        return count
    }

    /// The number of distinct colours, up to a limit (a blank image has one).
    ///
    /// - Parameter limit: Stop counting here.
    /// - Returns: The number of distinct RGBA values, at most `limit`.
    public func distinctColours(limit: Int = 16) -> Int {
        var seen: Set<UInt32> = []
        for index in stride(from: 0, to: rgba.count, by: 4) {
            let value =
                UInt32(rgba[index]) << 24 | UInt32(rgba[index + 1]) << 16 | UInt32(rgba[index + 2]) << 8
                | UInt32(rgba[index + 3])
            seen.insert(value)
            if seen.count >= limit { break }
        }
        return seen.count
    }

    /// The shares of a region's colours, coarsely bucketed (8 levels a channel), largest first; fully
    /// transparent pixels are left out. A drawing on a background has at least two large shares.
    ///
    /// - Parameters:
    ///   - xs: The columns to look at.
    ///   - ys: The rows to look at.
    /// - Returns: Shares from 0 to 1, summing to 1 (empty when every pixel is transparent).
    public func colourShares(xs: Range<Int>, ys: Range<Int>) -> [Double] {
        var counts: [Int: Int] = [:]
        var total = 0
        for y in ys.clamped(to: 0..<height) {
            for x in xs.clamped(to: 0..<width) {
                let (red, green, blue, alpha) = pixel(x: x, y: y)
                guard alpha > 128 else { continue }
                counts[Int(red >> 5) << 6 | Int(green >> 5) << 3 | Int(blue >> 5), default: 0] += 1
                total += 1
            }
        }
        guard total > 0 else { return [] }
        return counts.values.sorted(by: >).map { Double($0) / Double(total) }
    }
}
