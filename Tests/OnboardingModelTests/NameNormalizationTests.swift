import Testing
@testable import OnboardingModel

/// `normalizedName`: how headers, milestones, statuses and segment names compare.
struct NameNormalizationTests {
    @Test(arguments: [
        ("Close Date", "close_date"),
        ("  Close Date \t", "close_date"),
        ("In Progress", "in_progress"),
        ("in-progress", "in_progress"),
        ("Closed Won", "closed_won"),
        ("closed-won", "closed_won"),
        ("closedwon", "closedwon"),
        ("Kick-off call", "kick_off_call"),
        ("Go.Live", "go_live"),
        ("a - . b", "a_b"),             // one run of space, hyphen, dot, space
        ("first__value", "first__value"), // underscores are kept as written
        ("ALREADY_NORMAL", "already_normal"),
        ("n/a", "n/a"),
        ("", ""),
        ("   ", ""),
        ("Número de Cuenta", "número_de_cuenta"), // non-ASCII path lowercases letters too
        ("ÉTAPE - Démarrage", "étape_démarrage"),
        ("Stage\u{00A0}Name", "stage_name"),     // no-break space counts as a space
    ])
    func normalizes(input: String, expected: String) {
        #expect(normalizedName(input) == expected)
    }

    @Test func substringsNormalizeLikeStrings() {
        let line = "id,Close Date,acv"
        let field = line.split(separator: ",")[1]
        #expect(normalizedName(field) == "close_date")
    }
}

/// "Did you mean" hints for unknown keys.
struct KeySuggestionTests {
    @Test(arguments: [
        ("emial", "email", 1),        // one transposition
        ("stall_share_warn", "stall_share_warning", 3),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "abc", 0),
    ])
    func editDistances(a: String, b: String, distance: Int) {
        #expect(editDistance(a, b) == distance)
        #expect(editDistance(b, a) == distance)
    }

    @Test func suggestsOnlyCloseKeys() {
        let keys = ["days", "critical_days"]
        #expect(closestKey(to: "dyas", among: keys) == "days")
        #expect(closestKey(to: "critcal_days", among: keys) == "critical_days")
        #expect(closestKey(to: "foo", among: keys) == nil)
        // "critical" is 4+ characters and starts exactly one key.
        #expect(closestKey(to: "critical", among: keys) == "critical_days")
        // Too short to count as a prefix hint.
        #expect(closestKey(to: "cri", among: keys) == nil)
    }
}
