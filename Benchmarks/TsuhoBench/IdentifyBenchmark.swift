import Foundation
import Tsuho

/// Language identification throughput on caller-style messages of about 200 bytes, one core.
enum IdentifyBenchmark {
    static func run() throws {
        let location = try DataLocation.bundled()
        let identifier = try LanguageIdentifier(
            lexicon: Lexicon(location: location), profiles: LanguageProfiles.load(location: location))
        let samples = [
            "kaji desu tasukete kudasai, shinjuku no okubo 2chome no apaato kara hi ga dete masu, hayaku kite",
            "co chay o ga Shinjuku, me toi khong tho duoc nua, dia chi la Kawaguchi 3-12 giup voi nhanh len",
            "Tengo un incendio en mi casa, mi hijo no respira, estoy cerca de la estacion de Shibuya, ayuda",
            "Пожежа в будинку біля станції Уено, моя мати не дихає, допоможіть будь ласка швидко",
            "救护车快来，我妈妈晕倒了，不能呼吸，我们在新宿站东口附近的公寓三楼",
            "ไฟไหม้ที่บ้านใกล้สถานีชินจูกุ แม่ของฉันหายใจไม่ออก ช่วยด้วยค่ะ รีบมาเร็ว",
        ]
        // Each sample said twice and cut to at most 200 bytes on a character boundary.
        let sized = samples.map { sample -> String in
            var message = ""
            for character in sample + " " + sample {
                guard message.utf8.count + String(character).utf8.count <= 200 else { break }
                message.append(character)
            }
            return message
        }
        let messages = (0..<20_000).map { sized[$0 % sized.count] }
        let bytes = messages.reduce(0) { $0 + $1.utf8.count }
        let seconds = try medianSeconds(repeats: 3) {
            for message in messages {
                _ = try identifier.identify(message)
            }
        }
        print(
            String(
                format: "identify: %.0f messages/s (average %d bytes)", Double(messages.count) / seconds,
                bytes / messages.count))
    }
}
