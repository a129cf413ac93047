/// The grammar words of one language that change other words' valence instead of having one: negators,
/// boosters and dampeners, contrast, conditionals and sarcastic openers. Written folded, as messages are
/// read (lower case, no accents): "não" is `nao`, "más" is `mas`.
///
/// The same word can mean different things in two languages, which is why each has its own: "mas" is "but"
/// in Portuguese and "more" in Spanish; "no" negates in Spanish and is "in the" in Portuguese.
struct SentimentGrammar: Sendable {
    /// Words that make the next sentiment word stronger (positive) or weaker (negative), by how much.
    var boosters: [String: Double]
    /// Words that make the sentiment word just before them stronger: Portuguese "lindo demais".
    var afterBoosters: [String: Double] = [:]
    /// Words that flip the sentiment of what follows them within a few words.
    var negators: Set<String>
    /// Words after which the clause that follows weighs more than the one before ("nice, but late").
    var contrasts: Set<String>
    /// Words that make the rest of their clause hypothetical ("what if it doesn't fit?"): it weighs less.
    /// One written with an accent is another word: "sí" (yes) is not "si" (if).
    var conditionals: Set<String>
    /// Conditionals that only open a clause: Portuguese "se" inside one is "itself" ("a bolsa se rasgou").
    var conditionalsOpeningAClause: Set<String> = []
    /// Words after which a clause opens, besides a comma and contrast: "e se chegar quebrado?".
    var clauseJoiners: Set<String> = []
    /// Positive words that, opening a short complaint, are meant the other way ("Great, another delay").
    var sarcasticOpeners: Set<String>
    /// The word that, closing a positive message, takes it back ("Best service ever... NOT").
    var closingNegation: String?
    /// How customers shorten words: a lexicon phrase with the word is also found with its short forms
    /// ("q vergonha" as "que vergonha").
    var shortForms: [String: [String]] = [:]

    static let english = SentimentGrammar(
        boosters: [
            "very": 0.3, "really": 0.3, "so": 0.3, "super": 0.3, "extremely": 0.4, "totally": 0.3, "absolutely": 0.4,
            "completely": 0.3, "incredibly": 0.4, "truly": 0.25, "too": 0.2, "highly": 0.3, "deeply": 0.3,
            "utterly": 0.4, "such": 0.2, "most": 0.2, "freaking": 0.3, "fucking": 0.4, "way": 0.2, "quite": 0.15,
            "pretty": 0.15, "seriously": 0.3, "hella": 0.3, "mega": 0.3, "ultra": 0.3, "insanely": 0.4,
            "kinda": -0.3, "kindof": -0.3, "sorta": -0.3, "somewhat": -0.3, "slightly": -0.35, "barely": -0.3,
            "fairly": -0.15, "little": -0.3, "bit": -0.3, "almost": -0.2, "partly": -0.25, "marginally": -0.3,
        ],
        negators: [
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without", "cannot", "cant",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt",
            "hasnt", "havent", "hadnt", "aint", "lack", "lacks", "lacking", "hardly", "noone", "nope", "nah",
        ],
        contrasts: ["but", "however", "yet", "though", "although"],
        conditionals: ["if", "unless", "whether", "incase"],
        sarcasticOpeners: [
            "great", "perfect", "wonderful", "fantastic", "brilliant", "nice", "lovely", "amazing", "awesome", "cool",
            "wow", "super", "excellent", "fabulous", "terrific", "splendid", "marvelous", "thanks", "thank", "sure",
        ],
        closingNegation: "not")

    static let spanish = SentimentGrammar(
        boosters: [
            "muy": 0.3, "super": 0.3, "re": 0.3, "requete": 0.4, "tan": 0.3, "demasiado": 0.3, "demasiada": 0.3,
            "mucho": 0.3, "mucha": 0.3, "muchisimo": 0.4, "muchisima": 0.4, "bastante": 0.15, "mas": 0.2,
            "totalmente": 0.3, "realmente": 0.3, "increiblemente": 0.4, "sumamente": 0.4, "extremadamente": 0.4,
            "tremendamente": 0.4, "absolutamente": 0.4, "completamente": 0.3, "verdaderamente": 0.3, "mega": 0.3,
            "ultra": 0.3, "tremendo": 0.3, "tremenda": 0.3,
            "poco": -0.3, "algo": -0.2, "medio": -0.2, "casi": -0.2, "apenas": -0.3, "ligeramente": -0.35,
            "menos": -0.3, "medianamente": -0.25,
        ],
        negators: ["no", "nunca", "nada", "ni", "jamas", "tampoco", "nadie", "ningun", "ninguno", "ninguna", "sin", "nop"],
        contrasts: ["pero", "aunque", "embargo", "sino"],
        conditionals: ["si"],
        sarcasticOpeners: [
            "genial", "perfecto", "excelente", "maravilloso", "fantastico", "bravo", "gracias", "claro", "super",
            "buenisimo", "estupendo", "fenomenal", "lindo", "bonito", "wow", "guau",
        ],
        shortForms: ["que": ["q", "k"], "porque": ["xq", "pq", "porq"], "por": ["x"], "tambien": ["tb"], "para": ["pa"], "nada": ["nd"]])

    static let portuguese = SentimentGrammar(
        boosters: [
            "muito": 0.3, "muita": 0.3, "muitos": 0.3, "muitas": 0.3, "mto": 0.3, "mt": 0.3, "mta": 0.3, "muuito": 0.4,
            "super": 0.3, "bem": 0.2, "tao": 0.3, "bastante": 0.15, "mega": 0.3, "ultra": 0.3, "extremamente": 0.4,
            "totalmente": 0.3, "realmente": 0.3, "completamente": 0.3, "absolutamente": 0.4, "incrivelmente": 0.4,
            "mais": 0.2, "mo": 0.3, "hiper": 0.3, "muitissimo": 0.4,
            "meio": -0.2, "pouco": -0.3, "quase": -0.2, "menos": -0.3, "levemente": -0.35, "ligeiramente": -0.35,
        ],
        afterBoosters: ["demais": 0.4, "demaaais": 0.5, "mesmo": 0.2, "dms": 0.4, "pacas": 0.4],
        negators: ["nao", "nunca", "nada", "nem", "jamais", "ninguem", "nenhum", "nenhuma", "sem", "tampouco", "naum", "n"],
        contrasts: ["mas", "porem", "contudo", "entretanto", "todavia", "embora"],
        conditionals: ["se", "caso"],
        conditionalsOpeningAClause: ["se", "caso"],
        clauseJoiners: ["e", "ou", "so", "entao", "pq", "porque", "que", "mas"],
        sarcasticOpeners: [
            "otimo", "otima", "perfeito", "maravilha", "excelente", "parabens", "obrigado", "obrigada", "valeu", "show",
            "top", "legal", "lindo", "beleza",
        ],
        shortForms: [
            "que": ["q"], "voce": ["vc"], "voces": ["vcs"], "porque": ["pq"], "tambem": ["tb", "tbm"], "para": ["pra", "p"],
            "muito": ["mto", "mt"], "nada": ["nd"], "esta": ["ta"], "estou": ["to"],
        ])
}

/// What a grammar word does, looked up once per token.
struct GrammarRole: Sendable {
    var boost: Double = 0
    /// How much stronger it makes the sentiment word just before it.
    var afterBoost: Double = 0
    var negates = false
    var contrasts = false
    var isClosingNegation = false
    var opensSarcasm = false
    var conditional = false
    /// A conditional only at the start of a clause.
    var opensClauseOnly = false
    /// A clause may open after it ("e", "ou").
    var joinsClauses = false
}

/// A grammar's words with their roles, keyed by their folded bytes.
struct GrammarRoles: Sendable {
    let roles: [GrammarRole]
    let keys: ByteStringTable<Int32>

    init(_ grammar: SentimentGrammar) {
        let words = Set(grammar.boosters.keys).union(grammar.afterBoosters.keys).union(grammar.negators)
            .union(grammar.contrasts).union(grammar.sarcasticOpeners).union(grammar.conditionals).union(grammar.clauseJoiners)
        var roles: [GrammarRole] = []
        var keys = ByteStringTable<Int32>()
        for word in words.sorted() {
            var role = GrammarRole()
            role.boost = grammar.boosters[word] ?? 0
            role.afterBoost = grammar.afterBoosters[word] ?? 0
            role.negates = grammar.negators.contains(word)
            role.contrasts = grammar.contrasts.contains(word)
            role.isClosingNegation = word == grammar.closingNegation
            role.opensSarcasm = grammar.sarcasticOpeners.contains(word)
            role.conditional = grammar.conditionals.contains(word)
            role.opensClauseOnly = grammar.conditionalsOpeningAClause.contains(word)
            role.joinsClauses = grammar.clauseJoiners.contains(word)
            keys.insert(Int32(roles.count), for: Array(word.utf8))
            roles.append(role)
        }
        self.roles = roles
        self.keys = keys
    }

    static let english = GrammarRoles(.english)
}
