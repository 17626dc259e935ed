/// A fact a call-taker needs, in the order they ask for it; the phrasebook's questions say which fact
/// they ask for, and triage says which ones a report already gives.
public enum KeyFact: String, Sendable, Hashable, Codable, CaseIterable {
    /// Fire, ambulance or police.
    case line
    /// Where help must go.
    case address
    /// What happened.
    case incident
    /// The age of the sick or injured person.
    case age
    /// Whether the person is conscious.
    case conscious
    /// Whether the person is breathing.
    case breathing
    /// Whether the person is bleeding.
    case bleeding
    /// Where it hurts.
    case painSite = "pain-site"
    /// Illnesses, medicines, allergies.
    case history
    /// Whether the person is pregnant.
    case pregnancy
    /// The caller's name.
    case name
    /// A phone number to call back.
    case phone
    /// When it happened.
    case when
    /// What the suspect looks like.
    case suspectLook = "suspect-look"
    /// What the suspect wears.
    case suspectClothes = "suspect-clothes"
    /// Which way the suspect went.
    case suspectDirection = "suspect-direction"
    /// The suspect's vehicle.
    case suspectVehicle = "suspect-vehicle"
    /// Whether anyone is injured.
    case injured
    /// Whether there is a weapon.
    case weapon
    /// How many people are involved.
    case peopleCount = "people-count"
    /// Whether someone is trapped.
    case trapped
    /// Which floor.
    case floor
    /// A landmark near the place.
    case landmark
    /// Whether the caller is safe now.
    case safety
    /// The person's sex.
    case sex
    /// Anything else.
    case other

    /// The fact in Japanese, as an operator reads it.
    public var japanese: String {
        switch self {
        case .line: "火事・救急・警察の別"
        case .address: "場所・住所"
        case .incident: "何があったか"
        case .age: "年齢"
        case .conscious: "意識"
        case .breathing: "呼吸"
        case .bleeding: "出血"
        case .painSite: "痛む場所"
        case .history: "持病・薬・アレルギー"
        case .pregnancy: "妊娠"
        case .name: "名前"
        case .phone: "電話番号"
        case .when: "いつ"
        case .suspectLook: "犯人の特徴"
        case .suspectClothes: "犯人の服装"
        case .suspectDirection: "犯人の逃走方向"
        case .suspectVehicle: "犯人の車両"
        case .injured: "けが人"
        case .weapon: "凶器"
        case .peopleCount: "人数"
        case .trapped: "逃げ遅れ・閉じ込め"
        case .floor: "階"
        case .landmark: "目印"
        case .safety: "通報者の安全"
        case .sex: "性別"
        case .other: "その他"
        }
    }
}
