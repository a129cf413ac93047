/// The grammar words the scorer treats specially: they change other words' valence instead of having one.
enum SentimentRules {
    /// Words that make the next sentiment word stronger (positive) or weaker (negative), by how much.
    static let boosters: [String: Double] = [
        "very": 0.3, "really": 0.3, "so": 0.3, "super": 0.3, "extremely": 0.4, "totally": 0.3, "absolutely": 0.4,
        "completely": 0.3, "incredibly": 0.4, "truly": 0.25, "too": 0.2, "highly": 0.3, "deeply": 0.3,
        "utterly": 0.4, "such": 0.2, "most": 0.2, "freaking": 0.3, "fucking": 0.4, "way": 0.2, "quite": 0.15,
        "pretty": 0.15, "seriously": 0.3, "hella": 0.3, "mega": 0.3, "ultra": 0.3, "insanely": 0.4,
        "kinda": -0.3, "kindof": -0.3, "sorta": -0.3, "somewhat": -0.3, "slightly": -0.35, "barely": -0.3,
        "fairly": -0.15, "little": -0.3, "bit": -0.3, "almost": -0.2, "partly": -0.25, "marginally": -0.3,
    ]

    /// Words that flip the sentiment of what follows them within a few words.
    static let negators: Set<String> = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without", "cannot", "cant",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt",
        "hasnt", "havent", "hadnt", "aint", "lack", "lacks", "lacking", "hardly", "noone", "nope", "nah",
    ]

    /// Words after which the clause that follows weighs more than the one before ("nice, but late").
    static let contrasts: Set<String> = ["but", "however", "yet", "though", "although"]

    /// Words that make the rest of their clause hypothetical ("what if it doesn't fit?"): it weighs less.
    static let conditionals: Set<String> = ["if", "unless", "whether", "incase"]
    static let conditionalFactor = 0.3

    /// Positive words that, opening a short complaint, are meant the other way ("Great, another delay").
    static let sarcasticOpeners: Set<String> = [
        "great", "perfect", "wonderful", "fantastic", "brilliant", "nice", "lovely", "amazing", "awesome", "cool",
        "wow", "super", "excellent", "fabulous", "terrific", "splendid", "marvelous", "thanks", "thank", "sure",
    ]

    /// How far back a negator reaches, in words.
    static let negationWindow = 3
    /// VADER's factor for a negated valence; kept because it matches how DMs read.
    static let negationFactor = -0.74
    /// Added (in the valence's direction) to a word in capitals amid lower-case text.
    static let capitalsEmphasis = 0.73
    /// Added (in the valence's direction) to an elongated word ("sooo", "loooove").
    static let elongationEmphasis = 0.4
    /// Per "!" (up to four), added in the direction of the message's sentiment.
    static let exclamationEmphasis = 0.29
    /// Per "?" in runs of two or more (up to three), added in the direction of the message's sentiment.
    static let questionEmphasis = 0.2
    /// Repeated question marks with no other feeling read as impatience ("hello???").
    static let impatience = -1.2
    /// A message in capitals throughout is shouting: its sum is scaled by this.
    static let shoutingFactor = 1.3
    /// Normalization constant: score = sum / sqrt(sum² + alpha).
    static let alpha = 15.0
}

/// What a grammar word does, looked up once per token.
struct GrammarRole {
    var boost: Double = 0
    var negates = false
    var contrasts = false
    var isNot = false
    var opensSarcasm = false
    var conditional = false

    /// Every grammar word's role, keyed by its folded bytes.
    static let table: (roles: [GrammarRole], keys: ByteStringTable<Int32>) = {
        var words = Set(SentimentRules.boosters.keys).union(SentimentRules.negators).union(SentimentRules.contrasts)
            .union(SentimentRules.sarcasticOpeners).union(SentimentRules.conditionals)
        var roles: [GrammarRole] = []
        var keys = ByteStringTable<Int32>()
        for word in words.sorted() {
            var role = GrammarRole()
            role.boost = SentimentRules.boosters[word] ?? 0
            role.negates = SentimentRules.negators.contains(word)
            role.contrasts = SentimentRules.contrasts.contains(word)
            role.isNot = word == "not"
            role.opensSarcasm = SentimentRules.sarcasticOpeners.contains(word)
            role.conditional = SentimentRules.conditionals.contains(word)
            keys.insert(Int32(roles.count), for: Array(word.utf8))
            roles.append(role)
        }
        words.removeAll()
        return (roles, keys)
    }()
}
