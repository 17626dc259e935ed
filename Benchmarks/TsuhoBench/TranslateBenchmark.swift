import Foundation
import Tsuho

/// The main job, one core: text reports of about 200 bytes through intake, identification, spotting,
/// triage and the rendered operator view with its JSON; throughput and per-report latency.
enum TranslateBenchmark {
    static let samples = [
        "co chay o ga Shinjuku, me toi khong tho duoc, ba 70 tuoi, dia chi Kawaguchi 3-12, giup voi nhanh len!!",
        "Tengo un incendio en mi casa cerca de la estacion de Shibuya, mi hijo no respira, tiene 5 años, ayuda por favor",
        "kaji desu tasukete kudasai, shinjuku eki no chikaku no apaato, hito ga taoreta, iki shiteinai, hayaku kite",
        "救护车快来，我妈妈晕倒了，不能呼吸，我们在新宿站东口附近的公寓三楼，电话090-1234-5678",
        "my father collapsed at Ueno station, he is not breathing, 72 years old, please send an ambulance fast",
        "ไฟไหม้ที่บ้านใกล้สถานีชินจูกุ แม่ของฉันหายใจไม่ออก ช่วยด้วยค่ะ รีบมาเร็ว",
        "मेरो बुवा लड्नुभयो, सास फेर्न गाह्रो भइरहेको छ, Shin-Okubo station नजिक, छिटो आउनुस्",
        "alguém roubou minha bolsa na estação de Hamamatsu, um homem de moto, foi para o norte, estou bem",
    ]

    static func run() throws {
        let translator = try ReportTranslator.bundled()
        let reports = (0..<4_000).map { index in
            Report(id: "R-\(index)", line: .fire, message: Array(samples[index % samples.count].utf8))
        }
        let bytes = reports.reduce(0) { $0 + $1.message.count }
        // Warm up once: ICU compiles transliterators and templates on first use.
        for report in reports.prefix(samples.count) { _ = try translator.translate(report).jsonUTF8() }
        var latencies: [Double] = []
        latencies.reserveCapacity(reports.count)
        let seconds = try medianSeconds(repeats: 3) {
            latencies.removeAll(keepingCapacity: true)
            for report in reports {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try translator.translate(report).jsonUTF8()
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        latencies.sort()
        let p50 = latencies[latencies.count / 2]
        let p99 = latencies[latencies.count * 99 / 100]
        print(
            String(
                format: "translate: %.0f reports/s (average %d bytes), p50 %.3f ms, p99 %.3f ms per report",
                Double(reports.count) / seconds, bytes / reports.count, p50, p99))
    }
}
