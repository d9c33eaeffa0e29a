//! Tokens for the text index: the same rules for library items, page text and typed queries.

/// Words too common in sales email to say anything about the topic.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "best", "but", "by", "can", "could", "dear",
    "did", "do", "does", "for", "from", "fw", "fwd", "get", "had", "has", "have", "he", "hello", "her", "here", "hi", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "just", "let", "me", "more", "my", "new", "no", "not", "of", "on", "one", "or", "our", "out", "please", "re", "regards", "she",
    "should", "so", "some", "than", "thanks", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "today", "tomorrow",
    "up", "us", "very", "was", "we", "week", "were", "what", "when", "where", "which", "who", "will", "with", "would", "you", "your",
];

/// Lowercased alphanumeric words, stopwords dropped, lightly stemmed (plural `s`).
/// Calls `f` with each token in one reused buffer: the index interns without allocating
/// a String per word.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    for_each_word(text, |token, _| f(token));
}

/// As `for_each_token`, also passing each token's word as the text wrote it.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, &str)) {
    let mut buf = String::with_capacity(32);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || word.len() > 40 {
            continue;
        }
        // "SOC2", "ISO27001", "Type2" are "SOC 2", "ISO 27001", "Type 2" written together.
        match word_then_number(word) {
            Some(k) => {
                one_word(&word[..k], &mut buf, &mut f);
                one_word(&word[k..], &mut buf, &mut f);
            }
            None => one_word(word, &mut buf, &mut f),
        }
    }
}

/// Where the number begins in a word of three or more letters followed by digits only; short
/// names keep their digits ("G2", "K12", "W2").
fn word_then_number(word: &str) -> Option<usize> {
    if !word.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let k = word.find(|c: char| c.is_ascii_digit())?;
    (k >= 3 && word[..k].chars().all(char::is_alphabetic) && word[k..].bytes().all(|c| c.is_ascii_digit())).then_some(k)
}

#[inline]
fn one_word(word: &str, buf: &mut String, f: &mut impl FnMut(&str, &str)) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
    // One letter is no word, accented or not ("à", "é"); one digit may be ("SOC 2").
    if (buf.len() < 2 || !word.is_ascii() && buf.chars().nth(1).is_none()) && !buf.bytes().all(|c| c.is_ascii_digit()) {
        return;
    }
    if is_stopword(buf) {
        return;
    }
    // An acronym's plural ("BAAs", "SLAs", "RFPs") is the acronym, however short.
    if word.len() >= 3 && word.ends_with('s') && word[..word.len() - 1].bytes().all(|c| c.is_ascii_uppercase()) {
        buf.pop();
    } else if stem(buf) && is_stopword(buf) {
        // "weeks" is "week": a stop word too.
        return;
    }
    f(buf, word);
}

/// Looked up once or twice for every word of the library and the page: a hash set, not a
/// binary search of string compares.
fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<crate::fxhash::FxHashMap<&'static str, ()>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().map(|&w| (w, ())).collect()).contains_key(w)
}

/// A word written with one capital and the rest in lower case ("Epic", "Northwind").
pub fn is_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// The capitalized words of a text that do not begin a sentence (or a line, or what follows a
/// colon): names, most often, where a sentence's first capital says nothing.
pub fn capitalized_inside_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '?', '!', ':', '\n']).flat_map(|s| s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).skip(1)).filter(|w| is_capitalized(w))
}

/// Where `inner`, a slice of `outer`, begins in it; None when it is not one.
pub fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize).filter(|&k| k + inner.len() <= outer.len())
}

/// Whether `text[at..at + len]` is a whole word.
pub fn stands_alone(text: &str, at: usize, len: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(char::is_alphanumeric) && !text[at + len..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether `word` stands in `text` as a whole word (case as given).
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| stands_alone(text, at, word.len()))
}

pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// Plural folding only: "reviews" → "review", "policies" → "policy". Anything smarter
/// mangles product names and compliance acronyms (HIPAA, SOC, FERPA).
/// Whether it changed the word.
fn stem(w: &mut String) -> bool {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
        true
    } else if n > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(n - 1);
        true
    } else {
        false
    }
}

/// Optimal string alignment distance, bounded: returns `None` past `max` (cheap early exit).
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_is_no_word_accented_or_not() {
        assert_eq!(tokens("connectez-vous à la nôtre, é"), ["connectez", "vous", "la", "nôtre"]);
        assert_eq!(tokens("SOC 2 et ISO 27001"), ["soc", "2", "et", "iso", "27001"]);
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn tokenizes_folds_case_and_plurals() {
        assert_eq!(tokens("Re: The FedRAMP security reviews & policies, SOC 2!"), ["fedramp", "security", "review", "policy", "soc", "2"]);
        assert_eq!(tokens("HIPAA access process"), ["hipaa", "access", "process"]);
        assert!(tokens("").is_empty());
        assert_eq!(tokens("a couple of weeks"), tokens("a couple of week"), "a stop word's plural is a stop word");
        assert_eq!(tokens("SOC2 Type2, ISO27001"), tokens("SOC 2 Type 2, ISO 27001"), "a name and its number written together");
        assert_eq!(tokens("G2 reviews, K12, W2, B2B, mp4"), ["g2", "review", "k12", "w2", "b2b", "mp4"], "short names keep their digits");
        assert_eq!(tokens("BAAs, SLAs and RFPs; bias, gas"), ["baa", "sla", "rfp", "bias", "gas"], "an acronym's plural");
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("sutdy", "study", 1), Some(1));
        assert_eq!(edit_distance("fedrampp", "fedramp", 1), Some(1));
        assert_eq!(edit_distance("docuflw", "docuflow", 2), Some(1));
        assert_eq!(edit_distance("hipa", "hipaa", 1), Some(1));
        assert_eq!(edit_distance("kitten", "sitting", 2), None);
        assert_eq!(edit_distance("same", "same", 0), Some(0));
    }
}
