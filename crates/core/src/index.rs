//! An inverted index over item text with BM25F-style weights, and a typo-tolerant
//! vocabulary lookup (deletion neighbourhoods, as in SymSpell) for typed queries.

use crate::bytes::{DecodeError, Decoded, Reader, Writer};
use crate::fxhash::FxHashMap as HashMap;
use crate::text::{edit_distance, for_each_token};

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
    terms: Vec<String>,
    ids: HashMap<String, TermId>,
    /// Per term: (document, the BM25 term-frequency factor `tf·(k1+1)/(tf+k1·(1−b+b·len/avg))`,
    /// computed once at build so that ranking is one multiply-add a posting).
    postings: Vec<Vec<(u32, f32)>>,
    doc_len: Vec<f32>,
    avg_len: f32,
    /// Term ids sorted by their text, for prefix lookups while the rep is still typing.
    sorted: Vec<TermId>,
    /// Each term's one-deletion variants (and the term itself) → terms.
    deletes: HashMap<String, Vec<TermId>>,
}

impl TextIndex {
    /// `docs` yields, per document, its fields as (text, weight). Also returns, per document,
    /// the term ids of each of its first `named` fields (title, tags): the ranker needs them
    /// and tokenizing twice would double the build time.
    pub fn build<'a>(docs: impl Iterator<Item = Vec<(&'a str, f32)>>, named: usize) -> (TextIndex, Vec<Vec<Vec<TermId>>>) {
        let mut ix = TextIndex::default();
        let mut names: Vec<Vec<Vec<TermId>>> = Vec::new();
        // Per-document term counts in a dense array indexed by term id, reset via `touched`.
        let mut tf: Vec<f32> = Vec::new();
        let mut touched: Vec<TermId> = Vec::new();
        for (doc, fields) in docs.enumerate() {
            let mut len = 0.0;
            let mut doc_names = vec![Vec::new(); named];
            for (f, (text, w)) in fields.into_iter().enumerate() {
                for_each_token(text, |t| {
                    let id = ix.intern(t);
                    if f < named {
                        doc_names[f].push(id);
                    }
                    if id as usize >= tf.len() {
                        tf.resize(id as usize + 1, 0.0);
                    }
                    if tf[id as usize] == 0.0 {
                        touched.push(id);
                    }
                    tf[id as usize] += w;
                    len += w;
                });
            }
            for &term in &touched {
                ix.postings[term as usize].push((doc as u32, tf[term as usize]));
                tf[term as usize] = 0.0;
            }
            touched.clear();
            ix.doc_len.push(len);
            names.push(doc_names);
        }
        let n = ix.doc_len.len().max(1) as f32;
        ix.avg_len = (ix.doc_len.iter().sum::<f32>() / n).max(1.0);
        for list in &mut ix.postings {
            for (doc, tf) in list.iter_mut() {
                let norm = K1 * (1.0 - B + B * ix.doc_len[*doc as usize] / ix.avg_len);
                *tf = *tf * (K1 + 1.0) / (*tf + norm);
            }
        }
        ix.sorted = (0..ix.terms.len() as TermId).collect();
        crate::sort::sort_by(&mut ix.sorted, |&a, &b| ix.terms[a as usize].cmp(&ix.terms[b as usize]));
        ix.deletes = deletes_of(&ix.terms);
        (ix, names)
    }

    /// The built index in the snapshot's binary form. The term ids and the typo variants are
    /// left out: both follow from the terms, and rebuilding them costs less than reading them.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        w.strs(&self.terms);
        for list in &self.postings {
            w.len(list.len());
            for &(doc, factor) in list {
                w.u32(doc);
                w.f32(factor);
            }
        }
        w.len(self.doc_len.len());
        for &l in &self.doc_len {
            w.f32(l);
        }
        w.f32(self.avg_len);
        w.u32s(&self.sorted);
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<TextIndex> {
        let terms = r.strings()?;
        let le = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
        let postings = (0..terms.len())
            .map(|_| {
                let n = r.len(8)?;
                r.array(n, |p: &[u8; 8]| (le(&p[..4]), f32::from_bits(le(&p[4..]))))
            })
            .collect::<Decoded<Vec<_>>>()?;
        let docs = r.len(4)?;
        let doc_len = r.array(docs, |b: &[u8; 4]| f32::from_bits(le(b)))?;
        let avg_len = r.f32()?;
        let sorted = r.u32s()?;
        // Ids out of range would panic at ranking time: refuse them here.
        if sorted.len() != terms.len() || sorted.iter().any(|&t| t as usize >= terms.len()) || postings.iter().flatten().any(|&(d, _)| d as usize >= docs) {
            return Err(DecodeError("text index: an id out of range".into()));
        }
        let ids = terms.iter().enumerate().map(|(i, t)| (t.clone(), i as TermId)).collect();
        let deletes = deletes_of(&terms);
        Ok(TextIndex { terms, ids, postings, doc_len, avg_len, sorted, deletes })
    }

    fn intern(&mut self, t: &str) -> TermId {
        if let Some(&id) = self.ids.get(t) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.ids.insert(t.to_string(), id);
        self.terms.push(t.to_string());
        self.postings.push(Vec::new());
        id
    }

    pub fn docs(&self) -> usize {
        self.doc_len.len()
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    pub fn lookup(&self, t: &str) -> Option<TermId> {
        self.ids.get(t).copied()
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
        let chars = word.chars().count();
        if chars >= 4 {
            let max = if chars >= 8 { 2 } else { 1 };
            let mut keys = deletion_variants(word);
            keys.push(word.to_string());
            for key in keys {
                for &id in self.deletes.get(&key).into_iter().flatten() {
                    if out.iter().any(|(x, _)| *x == id) {
                        continue;
                    }
                    // A slip in a 4-letter word is too often another word ("helm" is not
                    // "help"); there only a missing last letter counts ("hipa" → "hipaa").
                    let term = self.term(id);
                    if (chars > 4 || term.starts_with(word)) && edit_distance(word, term, max).is_some() {
                        out.push((id, Expansion::Typo));
                    }
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

/// Each term's one-deletion variants (and the term itself) → the terms that have them.
fn deletes_of(terms: &[String]) -> HashMap<String, Vec<TermId>> {
    let mut deletes: HashMap<String, Vec<TermId>> = HashMap::default();
    for (id, term) in terms.iter().enumerate() {
        if term.chars().count() < 4 {
            continue; // a one-letter slip in a 3-letter word is another word
        }
        let mut keys = deletion_variants(term);
        keys.push(term.clone());
        for key in keys {
            deletes.entry(key).or_default().push(id as TermId);
        }
    }
    deletes
}

/// The word with each single character removed (deduplicated).
fn deletion_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<String> = (0..chars.len()).map(|skip| chars.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, c)| c).collect()).collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
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

    #[test]
    fn bm25_prefers_title_hits_and_rare_terms() {
        let ix = ix();
        let mut scores = vec![0.0; ix.docs()];
        ix.accumulate(ix.lookup("fedramp").unwrap(), 1.0, &mut scores, |_| {});
        assert!(scores[0] > 0.0 && scores[1] == 0.0);
    }
}
