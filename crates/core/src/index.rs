//! An inverted index over item text with BM25F-style weights, and a typo-tolerant
//! vocabulary lookup (one-deletion neighbourhoods, as in SymSpell) for typed queries.

use crate::bytes::{DecodeError, Decoded, Reader, Writer};
use crate::flat::{Lists, Words};
use crate::fxhash::{FxHashMap as HashMap, FxHasher};
use crate::text::{edit_distance, for_each_token};
use std::hash::Hasher;
use std::sync::OnceLock;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Field weights: a word in the title or tags says more about an item than one in its body.
pub const TITLE_W: f32 = 3.0;
pub const TAGS_W: f32 = 3.0;
pub const SUMMARY_W: f32 = 2.0;
pub const BODY_W: f32 = 1.0;

pub type TermId = u32;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expansion {
    Exact,
    Typo,
    Prefix,
}

#[derive(Debug, Default, Clone)]
pub struct TextIndex {
    terms: Words,
    /// Term text → id.
    table: TermTable,
    /// Per term: (document, the BM25 term-frequency factor `tf·(k1+1)/(tf+k1·(1−b+b·len/avg))`,
    /// computed once at build so that ranking is one multiply-add a posting).
    postings: Lists<(u32, f32)>,
    doc_len: Vec<f32>,
    avg_len: f32,
    /// Term ids sorted by their text, for prefix lookups while the rep is still typing.
    sorted: Vec<TermId>,
    /// Per term: its length in characters and the characters it holds (`char_bits`), to find
    /// a typed word's typos by a scan; made on the first typed word.
    shapes: OnceLock<Vec<(u8, u64)>>,
}

impl TextIndex {
    /// `docs` yields, per document, its fields as (text, weight). Also returns, per document,
    /// the term ids of each of its first `named` fields (title, tags): the ranker needs them
    /// and tokenizing twice would double the build time.
    pub fn build<'a>(docs: impl Iterator<Item = Vec<(&'a str, f32)>>, named: usize) -> (TextIndex, Vec<Vec<Vec<TermId>>>) {
        let mut ids: HashMap<String, TermId> = HashMap::default();
        let mut terms: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut doc_len: Vec<f32> = Vec::new();
        let mut names: Vec<Vec<Vec<TermId>>> = Vec::new();
        // Per-document term counts in a dense array indexed by term id, reset via `touched`.
        let mut tf: Vec<f32> = Vec::new();
        let mut touched: Vec<TermId> = Vec::new();
        for (doc, fields) in docs.enumerate() {
            let mut len = 0.0;
            let mut doc_names = vec![Vec::new(); named];
            for (f, (text, w)) in fields.into_iter().enumerate() {
                for_each_token(text, |t| {
                    // Looked up before inserting: not an owned key made for every word of the library.
                    let id = match ids.get(t) {
                        Some(&id) => id,
                        None => {
                            let id = terms.len() as TermId;
                            ids.insert(t.to_string(), id);
                            terms.push(t.to_string());
                            postings.push(Vec::new());
                            tf.push(0.0);
                            id
                        }
                    };
                    if f < named {
                        doc_names[f].push(id);
                    }
                    if tf[id as usize] == 0.0 {
                        touched.push(id);
                    }
                    tf[id as usize] += w;
                    len += w;
                });
            }
            for &term in &touched {
                postings[term as usize].push((doc as u32, tf[term as usize]));
                tf[term as usize] = 0.0;
            }
            touched.clear();
            doc_len.push(len);
            names.push(doc_names);
        }
        let n = doc_len.len().max(1) as f32;
        let avg_len = (doc_len.iter().sum::<f32>() / n).max(1.0);
        for list in &mut postings {
            for (doc, tf) in list.iter_mut() {
                let norm = K1 * (1.0 - B + B * doc_len[*doc as usize] / avg_len);
                *tf = *tf * (K1 + 1.0) / (*tf + norm);
            }
        }
        let mut sorted: Vec<TermId> = (0..terms.len() as TermId).collect();
        crate::sort::sort_by(&mut sorted, |&a, &b| terms[a as usize].cmp(&terms[b as usize]));
        let terms = Words::from_strs(terms.iter().map(String::as_str));
        let table = TermTable::new(&terms);
        (TextIndex { terms, table, postings: Lists::from_vecs(&postings), doc_len, avg_len, sorted, shapes: OnceLock::new() }, names)
    }

    /// The built index in the snapshot's binary form: a few flat arrays, read back in as many
    /// copies however many words the library has.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        self.terms.write_to(w);
        w.u32s(&self.table.slots);
        self.postings.write_to(w, |w, &(doc, factor)| {
            w.u32(doc);
            w.f32(factor);
        });
        w.len(self.doc_len.len());
        for &l in &self.doc_len {
            w.f32(l);
        }
        w.f32(self.avg_len);
        w.u32s(&self.sorted);
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<TextIndex> {
        let terms = Words::read_from(r)?;
        let table = TermTable { slots: r.u32s()? };
        let le = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
        let postings = Lists::read_from(r, |p: &[u8; 8]| (le(&p[..4]), f32::from_bits(le(&p[4..]))))?;
        let docs = r.len(4)?;
        let doc_len = r.array(docs, |b: &[u8; 4]| f32::from_bits(le(b)))?;
        let avg_len = r.f32()?;
        let sorted = r.u32s()?;
        // Ids out of range would panic at ranking time: refuse them here.
        let n = terms.len();
        if postings.len() != n
            || sorted.len() != n
            || sorted.iter().any(|&t| t as usize >= n)
            || !table.is_valid(n)
            || postings.flat().iter().any(|&(d, _)| d as usize >= docs)
        {
            return Err(DecodeError("text index: an id out of range".into()));
        }
        Ok(TextIndex { terms, table, postings, doc_len, avg_len, sorted, shapes: OnceLock::new() })
    }

    pub fn docs(&self) -> usize {
        self.doc_len.len()
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub fn term(&self, id: TermId) -> &str {
        self.terms.get(id as usize)
    }

    pub fn lookup(&self, t: &str) -> Option<TermId> {
        self.table.find(t, &self.terms)
    }

    pub fn doc_freq(&self, id: TermId) -> usize {
        self.postings[id as usize].len()
    }

    pub fn idf(&self, id: TermId) -> f32 {
        self.idf_at(self.doc_freq(id))
    }

    /// The idf of a term found in `df` documents.
    pub fn idf_at(&self, df: usize) -> f32 {
        let n = self.docs() as f32;
        let df = df as f32;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// Adds `weight × BM25(term, doc)` into `scores` for every document holding the term;
    /// `on_hit` sees each touched document.
    pub fn accumulate(&self, id: TermId, weight: f32, scores: &mut [f32], mut on_hit: impl FnMut(usize)) {
        let idf = self.idf(id);
        let w = weight * idf;
        for &(doc, factor) in &self.postings[id as usize] {
            let d = doc as usize;
            scores[d] += w * factor;
            on_hit(d);
        }
    }

    /// The documents that hold the term.
    pub fn docs_with(&self, id: TermId) -> impl Iterator<Item = usize> + '_ {
        self.postings[id as usize].iter().map(|p| p.0 as usize)
    }

    /// The documents holding the term, each with its BM25 term-frequency factor.
    pub fn postings(&self, id: TermId) -> impl Iterator<Item = (usize, f32)> + '_ {
        self.postings[id as usize].iter().map(|&(d, f)| (d as usize, f))
    }

    /// Whether the document holds the term (postings are in document order).
    pub fn contains(&self, id: TermId, doc: usize) -> bool {
        self.postings[id as usize].binary_search_by_key(&(doc as u32), |p| p.0).is_ok()
    }

    /// The index terms a typed word may mean: itself, words one typo away (two for words of
    /// 8 letters or more), and — for the word still being typed — words it begins.
    pub fn expand(&self, word: &str, typing: bool) -> Vec<(TermId, Expansion)> {
        let mut out: Vec<(TermId, Expansion)> = Vec::new();
        if let Some(id) = self.lookup(word) {
            out.push((id, Expansion::Exact));
        }
        let typed: Vec<char> = word.chars().collect();
        let chars = typed.len();
        if chars >= 4 {
            let exact = !out.is_empty();
            let max = if chars >= 8 { 2 } else { 1 };
            let bits = char_bits(word);
            // A typo's candidates share all but one character with the word each way, and
            // differ in length by at most one: two integer tests a term rule out nearly all.
            let shapes = self.shapes.get_or_init(|| self.terms.iter().map(|t| (t.chars().count().min(255) as u8, char_bits(t))).collect());
            for (id, &(len, tbits)) in shapes.iter().enumerate() {
                if (len as usize).abs_diff(chars) > 1 || len < 4 || (bits & !tbits).count_ones() > 1 || (tbits & !bits).count_ones() > 1 {
                    continue;
                }
                let id = id as TermId;
                let term = self.term(id);
                if out.first().is_some_and(|&(x, _)| x == id) || !one_deletion_apart(&typed, term) {
                    continue;
                }
                // A slip in a 4-letter word is too often another word ("helm" is not
                // "help"); there only a missing letter counts ("hipa" → "hipaa", "stdy" →
                // "study"), and only for a word the library does not have.
                let missing_letter = term.chars().count() == chars + 1 && (term.starts_with(word) || !exact);
                if (chars > 4 || missing_letter) && edit_distance(word, term, max).is_some() {
                    out.push((id, Expansion::Typo));
                }
            }
        }
        // One letter too: the first keystroke finds the commonest words it begins.
        if typing && chars >= 1 {
            let start = self.sorted.partition_point(|&id| self.term(id) < word);
            // Cap the fan-out of a short prefix; the most frequent completions are kept.
            let mut prefixed: Vec<TermId> =
                self.sorted[start..].iter().copied().take_while(|&id| self.term(id).starts_with(word)).filter(|id| !out.iter().any(|(x, _)| x == id)).collect();
            crate::sort::sort_by_key(&mut prefixed, |&id| (std::cmp::Reverse(self.doc_freq(id)), id));
            // One letter begins thousands of words: its four commonest stand for it.
            let cap = if chars == 1 { 4 } else { 16 };
            out.extend(prefixed.into_iter().take(cap).map(|id| (id, Expansion::Prefix)));
        }
        out
    }
}

/// Which characters a word holds, each folded onto one of 64 bits.
fn char_bits(word: &str) -> u64 {
    word.chars().fold(0, |m, c| m | 1 << (c as u32 % 64))
}

/// Whether deleting at most one character from each makes them equal: the candidates of
/// SymSpell's one-deletion neighbourhoods, found without storing them (a map of every term's
/// deletions was most of a snapshot's load and of the index's memory).
fn one_deletion_apart(a: &[char], b: &str) -> bool {
    let b: Vec<char> = b.chars().collect();
    let without = |s: &[char], skip: usize| -> Vec<char> { s.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, &c)| c).collect() };
    match a.len() as isize - b.len() as isize {
        0 => a == b.as_slice() || (0..a.len()).any(|i| (0..b.len()).any(|j| without(a, i) == without(&b, j))),
        1 => (0..a.len()).any(|i| without(a, i) == b),
        -1 => (0..b.len()).any(|j| without(&b, j) == a),
        _ => false,
    }
}

const EMPTY: u32 = u32::MAX;

/// Term text → id, by open addressing over a power-of-two table of ids: a flat array that a
/// snapshot stores as it is, where a map of strings had to be rebuilt term by term.
#[derive(Debug, Default, Clone)]
struct TermTable {
    slots: Vec<u32>,
}

impl TermTable {
    fn new(terms: &Words) -> TermTable {
        let mut table = TermTable { slots: vec![EMPTY; (terms.len() * 2).next_power_of_two().max(8)] };
        for (id, t) in terms.iter().enumerate() {
            let mut i = table.home(t);
            while table.slots[i] != EMPTY {
                i = (i + 1) & (table.slots.len() - 1);
            }
            table.slots[i] = id as u32;
        }
        table
    }

    fn home(&self, t: &str) -> usize {
        let mut h = FxHasher::default();
        h.write(t.as_bytes());
        // The product's high bits: the Fx hash's low bits depend on few of the input's.
        (h.finish() >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    fn find(&self, t: &str, terms: &Words) -> Option<TermId> {
        if self.slots.is_empty() {
            return None;
        }
        let mut i = self.home(t);
        // Bounded: a table read from a corrupt snapshot may have no empty slot.
        for _ in 0..self.slots.len() {
            match self.slots[i] {
                EMPTY => return None,
                id if terms.get(id as usize) == t => return Some(id),
                _ => i = (i + 1) & (self.slots.len() - 1),
            }
        }
        None
    }

    /// A table read back from bytes: a power-of-two size, every id one of `n` terms.
    fn is_valid(&self, n: usize) -> bool {
        (self.slots.is_empty() && n == 0 || self.slots.len().is_power_of_two() && self.slots.len() > n)
            && self.slots.iter().all(|&s| s == EMPTY || (s as usize) < n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix() -> TextIndex {
        let docs = [
            vec![("FedRAMP security package", TITLE_W), ("government", TAGS_W)],
            vec![("HIPAA BAA template", TITLE_W), ("healthcare hospital", TAGS_W)],
            vec![("Customer case study: county records", TITLE_W)],
            vec![("DocuFlow battlecard", TITLE_W), ("competitor", TAGS_W)],
        ];
        TextIndex::build(docs.into_iter(), 0).0
    }

    #[test]
    fn expands_typos_and_prefixes() {
        let ix = ix();
        let names = |w: &str, typing| ix.expand(w, typing).into_iter().map(|(id, e)| (ix.term(id).to_string(), e)).collect::<Vec<_>>();
        assert_eq!(names("fedrampp", false), [("fedramp".to_string(), Expansion::Typo)]);
        assert_eq!(names("sutdy", false), [("study".to_string(), Expansion::Typo)]);
        assert_eq!(names("docuflw", false), [("docuflow".to_string(), Expansion::Typo)]);
        assert_eq!(names("hipa", false), [("hipaa".to_string(), Expansion::Typo)]);
        assert_eq!(names("batt", true), [("battlecard".to_string(), Expansion::Prefix)]);
        assert!(names("batt", false).is_empty(), "no prefix matching once the word is finished");
        assert_eq!(names("county", true)[0], ("county".to_string(), Expansion::Exact));
    }

    fn variants(w: &str) -> Vec<String> {
        let cs: Vec<char> = w.chars().collect();
        let mut out: Vec<String> = (0..cs.len()).map(|k| cs.iter().enumerate().filter(|&(i, _)| i != k).map(|(_, c)| c).collect()).collect();
        out.push(w.to_string());
        out
    }

    /// The typo lookup as it was: every term's one-deletion variants in a map (SymSpell).
    fn deletion_map(ix: &TextIndex) -> HashMap<String, Vec<TermId>> {
        let mut map: HashMap<String, Vec<TermId>> = HashMap::default();
        for id in 0..ix.term_count() as TermId {
            if ix.term(id).chars().count() >= 4 {
                for v in variants(ix.term(id)) {
                    map.entry(v).or_default().push(id);
                }
            }
        }
        map
    }

    fn typos_by_deletion_map(ix: &TextIndex, map: &HashMap<String, Vec<TermId>>, word: &str) -> Vec<TermId> {
        let chars = word.chars().count();
        let max = if chars >= 8 { 2 } else { 1 };
        let mut out: Vec<TermId> = variants(word)
            .iter()
            .flat_map(|v| map.get(v).into_iter().flatten().copied())
            .filter(|&id| {
                let missing_letter = ix.term(id).chars().count() == chars + 1 && (ix.term(id).starts_with(word) || ix.lookup(word).is_none());
                ix.term(id) != word && (chars > 4 || missing_letter) && edit_distance(word, ix.term(id), max).is_some()
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn the_typo_scan_finds_what_the_deletion_map_found() {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/library.json")).unwrap();
        let lib = crate::Library::from_json(&json).unwrap();
        let (ix, _) =
            TextIndex::build(lib.items.iter().map(|i| vec![(i.title.as_str(), TITLE_W), (i.summary.as_str(), SUMMARY_W), (i.body.as_str(), BODY_W)]), 0);
        let map = deletion_map(&ix);
        let mut checked = 0;
        for id in 0..ix.term_count() as TermId {
            let t: Vec<char> = ix.term(id).chars().collect();
            // Each term with a letter dropped, doubled, replaced, and two letters swapped.
            let mut typed = vec![t.clone()];
            for k in 0..t.len() {
                typed.push(t.iter().enumerate().filter(|&(i, _)| i != k).map(|(_, &c)| c).collect());
                let mut v = t.clone();
                v.insert(k, t[k]);
                typed.push(v);
                let mut v = t.clone();
                v[k] = 'x';
                typed.push(v);
                if k + 1 < t.len() {
                    let mut v = t.clone();
                    v.swap(k, k + 1);
                    typed.push(v);
                }
            }
            for w in typed {
                let w: String = w.into_iter().collect();
                if w.chars().count() < 4 {
                    continue;
                }
                let mut found: Vec<TermId> = ix.expand(&w, false).into_iter().filter(|&(_, e)| e == Expansion::Typo).map(|(id, _)| id).collect();
                found.sort();
                assert_eq!(found, typos_by_deletion_map(&ix, &map, &w), "typed {w:?}");
                checked += 1;
            }
        }
        assert!(checked > 5_000, "{checked} words checked");
    }

    #[test]
    fn bm25_prefers_title_hits_and_rare_terms() {
        let ix = ix();
        let mut scores = vec![0.0; ix.docs()];
        ix.accumulate(ix.lookup("fedramp").unwrap(), 1.0, &mut scores, |_| {});
        assert!(scores[0] > 0.0 && scores[1] == 0.0);
    }
}
