//! The ranking engine: a library made resident once per version, then ranked per page
//! context and typed query in well under a millisecond, every suggestion with its reasons.

use crate::bytes::{DecodeError, Decoded, Reader, Writer};
use crate::context::{organization_words, resolve, PageContext, Resolved};
use crate::evidence::{gather, is_chatter, Ask, Evidence};
use crate::flat::Lists;
use crate::fxhash::FxHashMap as HashMap;
use crate::index::{Expansion, TermId, TextIndex, BODY_W, SUMMARY_W, TAGS_W, TITLE_W};
use crate::items::Items;
use crate::language::{Asked, Lang};
use crate::lexicon::library_words;
use crate::library::{Item, Library, Status};
use crate::stats::{ItemStats, PRIOR_LIKED};
use crate::taxonomy::{Facet, Taxonomy};
use crate::text::{capitalized_inside_sentences, for_each_token, for_each_word, has_word, is_capitalized, offset_in, stands_alone, tokens};
use crate::time::Timestamp;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use serde::Serialize;

/// Blend weights of the context score (sum to 1).
const W_VERTICAL: f32 = 0.28;
const W_STAGE: f32 = 0.24;
const W_TEXT: f32 = 0.36;
const W_RATING: f32 = 0.06;
const W_USAGE: f32 = 0.03;
const W_FRESH: f32 = 0.03;
/// Per unit of win lift (the item's smoothed win rate in the cell minus the cell's own).
const W_WIN: f32 = 0.1;
/// With a typed query, the query decides most of the order.
const W_QUERY: f32 = 0.6;
/// A battlecard against a competitor the page names, when nothing answers a request.
const W_AGAINST: f32 = 0.08;
/// BM25 sums are unbounded; `s / (s + K)` maps them to 0..1 with a stable scale.
const TEXT_K: f32 = 8.0;
const QUERY_K: f32 = 3.0;
/// An id the taxonomy does not know: matches nothing.
const UNKNOWN: u16 = u16::MAX;
/// An item answers a request (and the best answer claims a place of its own in the list) when
/// it scores at least this share of the best answer to it.
const ANSWERS: f32 = 0.625;
/// An overview in the language asked for leads the other items in it by this much of the best
/// page-text score among them.
const OVERVIEW_LEAD: f32 = 1.25;
/// Among items that answer: how much the answer, the vertical × stage fit and the whole
/// page's text count, with the signals (all items that answer score from 0.5 up). The vertical
/// and stage weigh more than how fully an item answers: among answers, the one for this
/// prospect and deal leads. (This and `ANSWERS` were chosen by a coordinate search on the
/// tuning, dev and dev2 sets: docs/performance.md, "The tenth round".)
const W_ANSWER: f32 = 0.24;
const W_ANSWER_FIT: f32 = 0.28;
const W_ANSWER_TEXT: f32 = 0.1;
/// What naming part of a request in the title adds to an item that does not answer it.
const W_PARTIAL: f32 = 0.15;
/// For a filler sharing the best answer's rare title words (all of them: the full weight).
const W_LIKE: f32 = 0.1;
/// An item has evidence for a request when it holds this share of the request's information (idf).
const ASK_COVERAGE: f32 = 0.4;
/// …or a third of it with one of its telling words in the item's title or tags. (A quarter
/// scored better on the eval sets but made one incidental title word an answer on the demo
/// pages: "asks about contract" for "…FedRAMP evidence before contract".)
const TITLED_COVERAGE: f32 = 0.34;
/// With a typed query, another vertical's item stays only when the prospect's own best
/// match scores below this share of it.
const OTHER_VERTICAL_MARGIN: f32 = 0.6;
/// Without a typed query, another vertical's item answers a request only when the prospect's
/// own content holds less than this share of what it holds of the request.
const OTHER_ASK_MARGIN: f32 = 0.5;
/// Words in more than this share of the library (the seller's name, its product line) are
/// never evidence and never a reason.
const COMMON_SHARE: f32 = 0.3;
/// Below this text relevance, and with no vertical or stage match, nothing "fits".
const MIN_TEXT_FIT: f32 = 0.15;
/// Words of asking and answering ("your answers to the questionnaire", "how you handle records
/// requests"), of doing ("does it work with Epic", "complete the questionnaire", "once it is put
/// in place and done"), of degree ("what matters most") and prepositions the stop list keeps
/// ("cycles across regions"). They stay part of
/// a request's text (as stop words they cost the tuning set 0.004), but they never make an item's
/// title tell what it answers ("Handling a discount request" does not answer "public records
/// request handling") and a chip never names them.
const NAME_NOTHING: &[&str] = &[
    "above",
    "across",
    "against",
    "along",
    "among",
    "answer",
    "answered",
    "answering",
    "behind",
    "below",
    "beside",
    "between",
    "beyond",
    "complete",
    "completed",
    "completing",
    "done",
    "during",
    "except",
    "fill",
    "filled",
    "give",
    "got",
    "handle",
    "handled",
    "handling",
    "made",
    "make",
    "matter",
    "most",
    "off",
    "per",
    "provide",
    "put",
    "read",
    "request",
    "requested",
    "sending",
    "shared",
    "sharing",
    "since",
    "stuff",
    "take",
    "thing",
    "through",
    "throughout",
    "toward",
    "under",
    "until",
    "upon",
    "use",
    "used",
    "using",
    "versus",
    "via",
    "vs",
    "within",
    "without",
    "work",
    "worked",
    "working",
];

/// A number of one or two digits: most often a count ("6 call-takers", "12 weeks").
fn small_count(word: &str) -> bool {
    word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())
}

fn names_nothing(word: &str) -> bool {
    NAME_NOTHING.contains(&word)
}

/// Items scanned by the fuzzy matcher when no word of the query matched (a hopeless typo).
const FUZZY_FALLBACK: usize = 256;
/// Candidates re-scored with the fuzzy matcher on title and tags.
const FUZZY_CANDIDATES: usize = 48;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub score: f32,
    pub reasons: Vec<String>,
    /// Not a match for the typed query: what fits the page, after the query's matches.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub for_page: bool,
    #[serde(skip)]
    pub index: usize,
}

/// One ranking request. `now` is passed in so the core never reads a clock.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub context: &'a PageContext,
    pub query: Option<&'a str>,
    pub top: usize,
    pub now: Timestamp,
    /// The rep's own name: never evidence of what the page is about.
    pub rep: Option<&'a str>,
}

/// An item still in the running, with what it is scored on.
#[derive(Debug, Clone)]
struct Candidate {
    i: usize,
    vfit: Fit,
    sfit: Fit,
    /// Relevance to the whole page's text, 0..1.
    tn: f32,
    /// Relevance to the typed query, 0..1.
    q: f32,
    /// Share of the best answer to the request it answers best (0: answers none).
    answer: f32,
    ask: Option<usize>,
    /// Share of a request held by an item that names part of it in its title but does not
    /// answer it (a pricing sheet for "pricing for 10 users, billed monthly").
    partial: f32,
    score: f32,
}

/// The page as ranking reads it (`Engine::read_page`).
struct PageRead {
    res: crate::context::Resolution,
    ev: Evidence,
    /// Per item: its text score against the page, how many distinct page words it shares, and
    /// whether one of them is in its title or tags.
    text_scores: Vec<f32>,
    shared: Vec<u8>,
    title_on_page: Vec<bool>,
    asks: Vec<AskScores>,
}

/// One request's BM25 per item and what each item holds of it.
struct AskScores {
    score: Vec<f32>,
    /// The request's information (idf) each item holds, of `total`.
    covered: Vec<f32>,
    total: f32,
    /// The item has one of the request's telling words in its title or tags.
    titled: Vec<bool>,
}

impl Candidate {
    /// Restricted to another vertical or stage than the page's: it may answer only what
    /// nothing of the prospect's own vertical and stage answers.
    fn outside(&self) -> bool {
        self.vfit == Fit::Other || self.sfit == Fit::Other
    }
}

impl AskScores {
    /// Real evidence for the request: most of its information, or a third of it with one of
    /// its telling words in the title or tags. (Read per candidate, not stored per item.)
    fn evidenced(&self, i: usize) -> bool {
        let c = self.covered[i];
        c >= ASK_COVERAGE * self.total || (self.titled[i] && c >= TITLED_COVERAGE * self.total)
    }

    /// Share of the request's information the item holds, 0..1.
    fn share(&self, i: usize) -> f32 {
        self.covered[i] / self.total
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fit {
    /// The item names this vertical (stage).
    Match,
    /// The item names the size segment the page's counts of people put the prospect in
    /// (nothing told its industry).
    Sized,
    /// The item names the neighbouring stage.
    Near,
    /// The item is for every vertical (stage).
    General,
    /// The context does not say; the item is restricted to some.
    Unknown,
    /// Restricted to industries the page says the prospect is not in (its CRM names another).
    Unlikely,
    /// Restricted to others: excluded unless the rep searched for it.
    Other,
}

impl Fit {
    fn value(self) -> f32 {
        match self {
            Fit::Match => 1.0,
            // As general content, well below a vertical the page states: a count of people is a
            // weaker sign, and content for a size is for every industry of it (0.6 put a case
            // study for the size before the answer to what the page asks).
            Fit::Sized => 0.5,
            // Below general content: a neighbouring stage's item for this vertical (a renewal
            // check-in) is a weaker fit at Closed Won than the welcome email every deal gets.
            Fit::Near => 0.4,
            Fit::General => 0.5,
            Fit::Unknown => 0.3,
            Fit::Unlikely => 0.0,
            Fit::Other => 0.0,
        }
    }
}

/// What an engine is built from and what a snapshot stores: the rest follows cheaply.
struct Built {
    items: Items,
    taxonomy: Taxonomy,
    text: TextIndex,
    expires: Vec<Option<Timestamp>>,
    updated: Vec<Option<Timestamp>>,
    vertical_ix: FacetSets,
    stage_ix: FacetSets,
    title_terms: Lists<TermId>,
    name_chars: Vec<u64>,
    rivals: Lists<TermId>,
    group: Vec<u32>,
    house: Vec<TermId>,
}

/// The resident library: items, text index and per-item features, built once per version.
pub struct Engine {
    items: Items,
    taxonomy: Taxonomy,
    text: TextIndex,
    expires: Vec<Option<Timestamp>>,
    updated: Vec<Option<Timestamp>>,
    title_terms: Lists<TermId>,
    /// Per term: the items with it in their title or tags (`title_terms` inside out), so that
    /// finding them costs a short list, not a search in every item holding the word.
    titled_docs: Lists<u32>,
    /// Per item: the characters of its title and tags (`char_mask`).
    name_chars: Vec<u64>,
    /// Per term: too common in this library to be evidence (`COMMON_SHARE`), or the seller's
    /// own name (`house_names`).
    common: Vec<bool>,
    house: Vec<TermId>,
    /// Per vertical position: the words that say who a prospect of it is (`prospect_words`).
    who: Vec<std::sync::OnceLock<Vec<TermId>>>,
    /// Per item: the competitors a battlecard is about (empty for every other item).
    rivals: Lists<TermId>,
    /// Per term: it names a competitor of some battlecard.
    rival_term: Vec<bool>,
    /// Per item: its verticals and stages as positions in the taxonomy (`UNKNOWN` for an id the
    /// taxonomy lacks), so that ranking compares numbers, not strings.
    vertical_ix: FacetSets,
    stage_ix: FacetSets,
    /// Near-duplicates (the same asset for two verticals) share a group.
    group: Vec<u32>,
    stats: Vec<Option<ItemStats>>,
    max_inserts: u32,
    by_id: HashMap<String, usize>,
    fuzzy: SkimMatcherV2,
    /// The one-word names of the verticals, sorted, with their positions (`verticals_named`);
    /// made on the first typed query.
    vertical_names: std::sync::OnceLock<Vec<(String, u16)>>,
    /// Per item: the language its title and summary are written in (`language::of_text`) and
    /// whether it is an overview (`language::is_overview`); made when a page first asks for
    /// material in a language.
    languages: std::sync::OnceLock<Vec<Option<(Lang, bool)>>>,
}

impl Engine {
    pub fn new(library: Library) -> Engine {
        let taxonomy = library.taxonomy.as_ref().map(Taxonomy::with_file).unwrap_or_default();
        Engine::with_taxonomy(library.items, taxonomy)
    }

    pub fn with_taxonomy(mut items: Vec<Item>, mut taxonomy: Taxonomy) -> Engine {
        // A vertical the items use and the taxonomy lacks is one of this library's own; each
        // item then names it by the one id ("Logistics" and "logistics" are one vertical).
        taxonomy.adopt_verticals(items.iter().flat_map(|i| i.verticals.iter().map(String::as_str)));
        for v in items.iter_mut().flat_map(|i| i.verticals.iter_mut()) {
            if let Some(id) = taxonomy.map(Facet::Vertical, v).filter(|id| id != v) {
                *v = id.to_string();
            }
        }
        let tags_joined: Vec<String> = items.iter().map(|i| i.tags.join(" ")).collect();
        let (text, names) = TextIndex::build(
            items
                .iter()
                .zip(&tags_joined)
                .map(|(i, tags)| vec![(i.title.as_str(), TITLE_W), (tags.as_str(), TAGS_W), (i.summary.as_str(), SUMMARY_W), (i.body.as_str(), BODY_W)]),
            2,
        );
        let group = near_duplicate_groups(&items, &names, &text, &taxonomy);
        let title_terms = Lists::from_vecs(names.into_iter().map(|mut n| {
            let mut all = std::mem::take(&mut n[0]);
            all.append(&mut n[1]);
            crate::sort::sort(&mut all);
            all.dedup();
            all
        }));
        let name_chars = items.iter().map(|i| i.tags.iter().fold(char_mask(&i.title), |m, t| m | char_mask(t))).collect();
        let rivals = rival_terms(&items, &title_terms, &text, &common_terms(&text));
        let house = house_names(&items, &text, &rivals);
        let vertical_ix = FacetSets::new(items.iter().map(|i| i.verticals.as_slice()), |id| taxonomy.vertical_position(id));
        let stage_ix = FacetSets::new(items.iter().map(|i| i.stages.as_slice()), |id| taxonomy.stage_position(id));
        let expires = items.iter().map(Item::expires_at).collect();
        let updated = items.iter().map(Item::updated_at).collect();
        let items = Items::new(items);
        Engine::assemble(Built { items, taxonomy, text, expires, updated, vertical_ix, stage_ix, title_terms, name_chars, rivals, group, house })
    }

    /// The engine around its built parts: what follows from them cheaply is computed here, both
    /// after a build and after a snapshot is read back (`snapshot.rs`).
    fn assemble(b: Built) -> Engine {
        let Built { items, taxonomy, text, expires, updated, vertical_ix, stage_ix, title_terms, name_chars, rivals, group, house } = b;
        let by_id = (0..items.len()).map(|n| (items.id(n).to_string(), n)).collect();
        let mut common = common_terms(&text);
        for &t in &house {
            common[t as usize] = true;
        }
        let mut rival_term = vec![false; common.len()];
        for &t in rivals.flat() {
            rival_term[t as usize] = true;
        }
        let who = (0..taxonomy.verticals().len()).map(|_| std::sync::OnceLock::new()).collect();
        let titled_docs = title_terms.inverted(text.term_count());
        Engine {
            rivals,
            rival_term,
            vertical_ix,
            stage_ix,
            common,
            expires,
            updated,
            stats: vec![None; items.len()],
            max_inserts: 0,
            items,
            taxonomy,
            text,
            title_terms,
            titled_docs,
            name_chars,
            group,
            house,
            who,
            by_id,
            fuzzy: SkimMatcherV2::default().element_limit(200),
            vertical_names: std::sync::OnceLock::new(),
            languages: std::sync::OnceLock::new(),
        }
    }

    /// The built state in the snapshot's binary form (`snapshot.rs` adds the header and
    /// checksum). Ratings and usage are not part of it: the worker sets them after a load.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        self.taxonomy.write_to(w);
        w.len(self.items.len());
        self.items.write_to(w);
        for t in self.expires.iter().chain(&self.updated) {
            w.opt_i64(*t);
        }
        self.vertical_ix.write_to(w);
        self.stage_ix.write_to(w);
        self.text.write_to(w);
        for lists in [&self.title_terms, &self.rivals] {
            lists.write_to(w, |w, &t| w.u32(t));
        }
        for &m in &self.name_chars {
            w.u64(m);
        }
        w.u32s(&self.group);
        w.u32s(&self.house);
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<Engine> {
        let taxonomy = Taxonomy::read_from(r)?;
        let n = r.len(40)?;
        let items = Items::read_from(r, n)?;
        let (expires, updated) = (r.opt_i64s(n)?, r.opt_i64s(n)?);
        let facets = taxonomy.verticals().len().max(taxonomy.stages().len());
        let (vertical_ix, stage_ix) = (FacetSets::read_from(r, n, facets)?, FacetSets::read_from(r, n, facets)?);
        let text = TextIndex::read_from(r)?;
        let mut lists = || Lists::read_from(r, |b: &[u8; 4]| u32::from_le_bytes(*b));
        let (title_terms, rivals) = (lists()?, lists()?);
        let name_chars = r.array(n, |b: &[u8; 8]| u64::from_le_bytes(*b))?;
        let group = r.u32s()?;
        let house = r.u32s()?;
        // Every index ranking will follow must be in range: a bad one would panic there.
        let terms = text.term_count();
        if text.docs() != n
            || group.len() != n
            || group.iter().any(|&g| g as usize >= n)
            || title_terms.len() != n
            || rivals.len() != n
            || title_terms.flat().iter().chain(rivals.flat()).chain(&house).any(|&t| t as usize >= terms)
        {
            return Err(DecodeError("engine: parts of different sizes or an id out of range".into()));
        }
        Ok(Engine::assemble(Built { items, taxonomy, text, expires, updated, vertical_ix, stage_ix, title_terms, name_chars, rivals, group, house }))
    }

    /// The requests the ranker finds on a page, in the library's words (for `--explain`).
    pub fn asks(&self, ctx: &PageContext, rep: Option<&str>) -> Vec<Vec<String>> {
        let words = |a: &Ask| match a.language {
            Some(asked) => vec![format!("(material in {})", asked.lang.name())],
            None => a.terms.iter().map(|&t| self.text.term(t).to_string()).collect(),
        };
        gather(&self.text, &self.common, ctx, rep).asks.iter().map(words).collect()
    }

    /// Whether the page's prospect asks not to be contacted ("please remove me from your list"):
    /// the page then gets no suggestions, and the panel says why.
    pub fn opted_out(&self, ctx: &PageContext, rep: Option<&str>) -> bool {
        gather(&self.text, &self.common, ctx, rep).opted_out
    }

    /// Ratings and usage from the server's reports; items not listed have none.
    pub fn set_stats(&mut self, stats: Vec<ItemStats>) {
        self.stats = vec![None; self.items.len()];
        for s in stats {
            if let Some(&i) = self.by_id.get(&s.id) {
                self.stats[i] = Some(s);
            }
        }
        self.max_inserts = self.stats.iter().flatten().map(|s| s.inserts_30d).max().unwrap_or(0);
    }

    pub fn items(&self) -> &Items {
        &self.items
    }

    /// How many items may be suggested at `now`.
    pub fn live_count(&self, now: Timestamp) -> usize {
        (0..self.items.len()).filter(|&i| self.is_live(i, now)).count()
    }

    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    fn is_live(&self, i: usize, now: Timestamp) -> bool {
        self.items.status(i) == Status::Approved && self.expires[i].is_none_or(|e| now < e)
    }

    /// Of the given item ids (assets already in a draft), those that must not go out any more:
    /// retired, expired, back in draft, or gone from the library.
    pub fn no_longer_live<'a>(&self, ids: &'a [String], now: Timestamp) -> Vec<&'a str> {
        ids.iter().filter(|id| self.by_id.get(id.as_str()).is_none_or(|&i| !self.is_live(i, now))).map(String::as_str).collect()
    }

    pub fn suggest(&self, req: &Request) -> Vec<Suggestion> {
        if self.items.is_empty() || req.top == 0 {
            return Vec::new();
        }
        let page = self.read_page(req);
        let mut out = self.suggest_one(req, &page);
        // A search that matches fewer items than asked for ("dayforce": one) is followed by what
        // fits the page, marked as such: the rep still sees what the thread needs.
        if req.query.is_some_and(|q| !q.trim().is_empty()) && out.len() < req.top {
            let page = self.suggest_one(&Request { query: None, ..*req }, &page);
            let fill: Vec<Suggestion> = page.into_iter().filter(|s| !out.iter().any(|o| o.index == s.index)).take(req.top - out.len()).collect();
            // Best first still: a fill scores at most what the last match does (the two scores
            // are not on one scale).
            let cap = out.last().map_or(f32::INFINITY, |s| s.score);
            out.extend(fill.into_iter().map(|s| Suggestion { for_page: true, score: s.score.min(cap), ..s }));
        }
        out
    }

    /// What ranking reads of the page, whatever the rep types: read once for a search and the
    /// page's items that follow it.
    fn read_page(&self, req: &Request) -> PageRead {
        let n = self.items.len();
        let ev = gather(&self.text, &self.common, req.context, req.rep);
        let mut text_scores = vec![0.0f32; n];
        // How many distinct page words each item shares: one word in a body is weak evidence.
        let mut shared = vec![0u8; n];
        for &(term, w) in &ev.terms {
            self.text.accumulate(term, w, &mut text_scores, |d| shared[d] = shared[d].saturating_add(1));
        }
        // Items with one of the page's words in their title or tags, from the short lists of
        // titled items (not a search of every item's title).
        let mut title_on_page = vec![false; n];
        for &(t, _) in &ev.terms {
            for &d in &self.titled_docs[t as usize] {
                title_on_page[d as usize] = true;
            }
        }
        let asks = ev
            .asks
            .iter()
            .map(|a| match a.language {
                Some(asked) => self.language_scores(asked, &text_scores),
                None => self.ask_scores(a),
            })
            .collect();
        PageRead { res: resolve(req.context, &self.taxonomy), ev, text_scores, shared, title_on_page, asks }
    }

    fn suggest_one(&self, req: &Request, page: &PageRead) -> Vec<Suggestion> {
        let n = self.items.len();
        let PageRead { res, ev, text_scores, shared, title_on_page, asks } = page;
        // A prospect who asked to be left alone gets nothing sent; what the rep types is still found.
        if ev.opted_out && req.query.is_none_or(|q| q.trim().is_empty()) {
            return Vec::new();
        }
        let vertical = res.vertical.as_ref();
        let stage = res.stage.as_ref();
        let query = req.query.map(str::trim).filter(|q| !q.is_empty()).map(|q| self.query_scores(q, req.query.unwrap_or_default()));

        let vertical_at = vertical.map(|v| self.taxonomy.vertical_position(&v.id).map_or(UNKNOWN, |p| p as u16));
        let stage_at = stage.map(|s| self.taxonomy.stage_position(&s.id).map_or(UNKNOWN, |p| p as u16));
        // Which stages neighbour the page's: their content still counts for something.
        let near_stage: Vec<bool> = self.taxonomy.stages().iter().map(|t| stage.is_some_and(|s| self.taxonomy.neighbours(&t.id, &s.id))).collect();
        // The competitors the page names most: the latest message's over quoted history's.
        // (Not one the latest message says is out of the running: "HelpHive is out".)
        let in_running = |t: TermId| self.is_rival(t) && ev.ruled_out.binary_search(&t).is_err();
        let top_rival = ev.all.iter().filter(|&&(t, _)| in_running(t)).map(|&(_, w)| w).fold(0.0f32, f32::max);
        let mut named_rivals: Vec<TermId> = ev.all.iter().filter(|&&(t, w)| in_running(t) && w >= 0.5 * top_rival).map(|&(t, _)| t).collect();
        if let Some(q) = &query {
            named_rivals.extend(q.words.iter().flat_map(|(_, exp)| exp.iter().map(|&(t, _)| t)).filter(|&t| self.is_rival(t)));
        }
        // Items share a few hundred distinct vertical (stage) lists: fit each list once.
        // A page that names an industry no vertical of the library's is (a CRM's "Transportation")
        // says which prospect it is not: content restricted to industries weighs nothing for its
        // vertical (still a candidate: excluding it as another vertical's was measured to add a
        // failing case). Size segments say nothing of an industry and stay unknown.
        let counted = vertical.is_some_and(|v| v.how == "counted");
        let size_only = counted && vertical_at.is_some_and(|p| self.is_segment(p));
        let industry_elsewhere = (vertical.is_none() || size_only) && res.unmapped.iter().any(|u| u.starts_with("vertical "));
        let vertical_fits: Vec<Fit> = self
            .vertical_ix
            .sets
            .iter()
            .map(|ids| match facet_fit(ids, vertical_at, &[]) {
                Fit::Unknown if industry_elsewhere && ids.iter().all(|&p| !self.is_segment(p)) => Fit::Unlikely,
                // A size read from the page says nothing of the industry.
                // Nor do the sites it counts say as much as a name ("160 stores"): their
                // vertical's content weighs as general content; other verticals' stays out.
                Fit::Match if counted => Fit::Sized,
                Fit::Other if size_only && ids.iter().any(|&p| !self.is_segment(p)) => {
                    if industry_elsewhere {
                        Fit::Unlikely
                    } else {
                        Fit::Unknown
                    }
                }
                fit => fit,
            })
            .collect();
        let stage_fits: Vec<Fit> = self.stage_ix.sets.iter().map(|ids| facet_fit(ids, stage_at, &near_stage)).collect();
        let mut cands: Vec<Candidate> = Vec::with_capacity(n);
        for i in 0..n {
            // With a query, an item fits by matching it (tested before any of the page's
            // evidence is read); without, by its text, its vertical or stage, or by answering a
            // request. Tested first: it rules out most items.
            let q = query.as_ref().map_or(0.0, |q| q.score[i]);
            if query.is_some() && q <= 0.0 {
                continue;
            }
            let vfit = vertical_fits[self.vertical_ix.of[i] as usize];
            let sfit = stage_fits[self.stage_ix.of[i] as usize];
            let tn = text_scores[i] / (text_scores[i] + TEXT_K);
            // The page's text alone makes an item fit only with real evidence: two shared
            // words, or one in its title or tags.
            let text_fits = tn >= MIN_TEXT_FIT && (shared[i] >= 2 || title_on_page[i]);
            let asked = || asks.iter().any(|a| a.evidenced(i));
            let fits = query.is_some() || text_fits || matches!(vfit, Fit::Match | Fit::Sized) || sfit == Fit::Match || asked();
            if !fits || !self.is_live(i, req.now) {
                continue;
            }
            let named = query.as_ref().is_some_and(|qs| qs.names_item(self, i));
            // A battlecard against another competitor than the one the page names is wrong, and
            // one where no competitor is named is no answer to anything.
            if self.rivals.has(i)
                && (named_rivals.is_empty() && query.is_none() || !named_rivals.is_empty() && !self.rivals[i].iter().any(|r| named_rivals.contains(r)))
            {
                continue;
            }
            // Nor is anything titled for a competitor the prospect has dropped ("Objection:
            // HelpHive is cheaper" once "HelpHive is out"), unless the rep searches for it.
            if query.is_none() && !ev.ruled_out.is_empty() && self.title_terms[i].iter().any(|&t| self.is_rival(t) && ev.ruled_out.binary_search(&t).is_ok()) {
                continue;
            }
            // Another stage's or vertical's content is shown only when the rep asks for it by
            // name or when it answers what the page asks (another vertical's only if nothing of
            // the prospect's own does: decided below).
            if (sfit == Fit::Other || vfit == Fit::Other) && !(named || (query.is_none() && asked())) {
                continue;
            }
            cands.push(Candidate { i, vfit, sfit, tn, q, answer: 0.0, ask: None, partial: 0.0, score: 0.0 });
        }

        // How well each candidate answers each request, relative to the best answer to it from
        // the prospect's own vertical (or general content). Another vertical's item may answer
        // only a request that nothing of the prospect's own answers at all.
        for (j, a) in asks.iter().enumerate() {
            for c in cands.iter_mut().filter(|c| !c.outside()) {
                if a.share(c.i) > c.partial && a.titled[c.i] {
                    c.partial = a.share(c.i);
                }
            }
            let best_of = |other: bool| cands.iter().filter(|c| c.outside() == other && a.evidenced(c.i)).map(|c| a.score[c.i]).fold(0.0f32, f32::max);
            let own_best = best_of(false);
            let (best, answering_other) = if own_best > 0.0 { (own_best, false) } else { (best_of(true), true) };
            if best <= 0.0 {
                continue;
            }
            // Even then, own content that holds part of the request (a pricing sheet for
            // "prices for 400 users") beats another vertical's fuller match.
            // And another vertical's item must name in its title something of the request that
            // no title of the prospect's own content names (a BAA, not "pricing").
            let (own_share, own_titled) = if answering_other { self.own_hold(&cands, &ev.asks[j], a) } else { (0.0, Vec::new()) };
            // Nor when the prospect's vertical has its own version of that item: a nonprofit's
            // "donor data privacy" brief is not for a hospital asking about data protection
            // when the hospital's HIPAA brief is the same document for it.
            let own: Vec<usize> =
                if answering_other { cands.iter().filter(|c| c.vfit == Fit::Match && !c.outside()).map(|c| c.i).collect() } else { Vec::new() };
            for c in &mut cands {
                if c.outside() != answering_other || !a.evidenced(c.i) {
                    continue;
                }
                let r = (a.score[c.i] / best).min(1.0);
                if r < ANSWERS || r <= c.answer {
                    continue;
                }
                if answering_other
                    && (own_share >= OTHER_ASK_MARGIN * a.share(c.i)
                        || !ev.asks[j].terms.iter().any(|&t| !self.common[t as usize] && self.titled(c.i, t) && !own_titled.contains(&t))
                        // Another stage's item, fit for the prospect otherwise, only where nothing
                        // of this stage names any of the request's words.
                        || (c.vfit != Fit::Other && !own_titled.is_empty())
                        || self.has_own_version(c.i, &own, &ev.asks[j]))
                {
                    continue;
                }
                c.answer = r;
                c.ask = Some(j);
            }
        }
        let own_best_q = cands.iter().filter(|c| c.vfit != Fit::Other).map(|c| c.q).fold(0.0f32, f32::max);
        cands.retain(|c| match &query {
            Some(_) => c.vfit != Fit::Other || own_best_q < OTHER_VERTICAL_MARGIN * c.q,
            None => !c.outside() || c.answer > 0.0,
        });

        let any_answer = cands.iter().any(|c| c.answer > 0.0);
        for c in &mut cands {
            let i = c.i;
            let rating = self.stats[i].as_ref().and_then(|s| s.rating(vertical.map(|v| v.id.as_str()), stage.map(|s| s.id.as_str())));
            let usage = match (&self.stats[i], self.max_inserts) {
                (Some(s), m) if m > 0 => (1.0 + s.inserts_30d as f32).ln() / (1.0 + m as f32).ln(),
                _ => 0.0,
            };
            let fresh = self.updated[i].map_or(0.5, |u| freshness(req.now - u));
            // Only candidates get here: the rules (vertical, stage, status, expiry) decide what
            // is shown; win evidence only orders it.
            let wins = self.stats[i].as_ref().and_then(|s| s.wins(vertical.map(|v| v.id.as_str()), stage.map(|s| s.id.as_str())));
            // A battlecard against the competitor the page names says more than fitting the
            // vertical and stage: it is what a rep sends when the prospect compares.
            let against = if query.is_none() && self.rivals.has(i) && !named_rivals.is_empty() { W_AGAINST } else { 0.0 };
            let signals = W_RATING * rating.map_or(PRIOR_LIKED, |r| r.score) + W_USAGE * usage + W_FRESH * fresh + W_WIN * wins.map_or(0.0, |w| w.lift);
            let base = W_VERTICAL * c.vfit.value() + W_STAGE * c.sfit.value() + W_TEXT * c.tn + signals + against;
            // Items that answer the page's requests lead; vertical and stage order them, and
            // fill the list after them.
            let context = if !any_answer {
                base
            } else if c.answer > 0.0 {
                let fit = (W_VERTICAL * c.vfit.value() + W_STAGE * c.sfit.value()) / (W_VERTICAL + W_STAGE);
                0.5 + 0.5 * (W_ANSWER * c.answer + W_ANSWER_FIT * fit + W_ANSWER_TEXT * c.tn + signals)
            } else {
                0.5 * base + W_PARTIAL * c.partial
            };
            c.score = if query.is_some() { W_QUERY * c.q + (1.0 - W_QUERY) * context } else { context };
        }

        if query.is_none() && any_answer {
            self.like_the_best_answer(&mut cands);
        }

        // Best first; ties broken by id so the order is stable across runs and platforms.
        let cmp = |a: &Candidate, b: &Candidate| b.score.total_cmp(&a.score).then_with(|| self.items.id(a.i).cmp(self.items.id(b.i)));
        // Each request's best answer, so that a page asking two things gets both.
        let mut must: Vec<usize> = Vec::new();
        if query.is_none() {
            for j in 0..asks.len() {
                if let Some(best) = cands.iter().filter(|c| c.ask == Some(j) && c.answer > 0.0).min_by(|a, b| cmp(a, b)) {
                    if !must.contains(&best.i) {
                        must.push(best.i);
                    }
                }
            }
            must.truncate(req.top);
        }
        let want = (req.top * 3).min(cands.len());
        if want < cands.len() && want > 0 {
            cands.select_nth_unstable_by(want - 1, cmp);
            let (head, tail) = cands.split_at_mut(want);
            let mut head = head.to_vec();
            head.extend(tail.iter().filter(|c| must.contains(&c.i)).cloned());
            cands = head;
        }
        crate::sort::sort_by(&mut cands, cmp);

        // One place per near-duplicate group; the others wait behind every distinct item.
        let mut taken_groups = Vec::new();
        let (mut first, mut later) = (Vec::new(), Vec::new());
        for c in cands {
            if taken_groups.contains(&self.group[c.i]) {
                later.push(c);
            } else {
                taken_groups.push(self.group[c.i]);
                first.push(c);
            }
        }
        first.extend(later);
        // Requests' best answers take the places of the weakest others, then the list is re-sorted.
        for &m in &must {
            if first.iter().take(req.top).any(|c| c.i == m) {
                continue;
            }
            let Some(from) = first.iter().position(|c| c.i == m) else { continue };
            let Some(slot) = (0..req.top.min(first.len())).rev().find(|&k| !must.contains(&first[k].i)) else { continue };
            let picked = first.remove(from);
            first.insert(slot, picked);
        }
        // The next few wait in case one of the first can be given no reason.
        let mut spare = first.split_off(req.top.min(first.len()));
        spare.truncate(req.top);
        crate::sort::sort_by(&mut first, cmp);
        // Each request's best answer leads, then the rest: a second answer to one request
        // waits behind the first answer to another.
        let (mut lead, rest): (Vec<Candidate>, Vec<Candidate>) = first.into_iter().partition(|c| must.contains(&c.i));
        lead.extend(rest);
        let mut first = lead;
        // Scores stay best first: what waits behind a request's best answer scores below it.
        for k in 1..first.len() {
            first[k].score = first[k].score.min(first[k - 1].score);
        }

        // The requests' words once, for the reasons of every suggestion that answers one.
        let ask_words: Vec<Vec<RequestWord>> = ev
            .asks
            .iter()
            .enumerate()
            .map(|(j, a)| if first.iter().chain(&spare).any(|c| c.ask == Some(j)) { self.request_words(&a.text) } else { Vec::new() })
            .collect();
        // What no reason can be given for (its shared words are numbers, names or the library's
        // everyday words) gives its place to the next that has one, or comes last.
        let top = first.len();
        let mut out: Vec<Suggestion> = Vec::with_capacity(top);
        let mut unexplained = Vec::new();
        for (k, c) in first.iter().chain(&spare).enumerate() {
            if out.len() == top {
                break;
            }
            let reasons = self.reasons(c, req.context, vertical, stage, ev, &ask_words, query.as_ref());
            let s = Suggestion { id: self.items.id(c.i).to_string(), score: (c.score * 1000.0).round() / 1000.0, reasons, for_page: false, index: c.i };
            if !s.reasons.is_empty() {
                out.push(s);
            } else if k < top {
                unexplained.push(s);
            }
        }
        out.extend(unexplained.into_iter().take(top - out.len()));
        for k in 1..out.len() {
            out[k].score = out[k].score.min(out[k - 1].score);
        }
        out
    }

    /// BM25 of every item against one request's terms, rare words counting more (the
    /// product, regime or competitor named says more than "agreement" or "form"), and which
    /// items have real evidence for it: most of the request's information, or one of its
    /// telling words in their title or tags.
    fn ask_scores(&self, ask: &Ask) -> AskScores {
        let n = self.items.len();
        let mut score = vec![0.0f32; n];
        let mut covered = vec![0.0f32; n];
        // The words of asking carry no information about what is asked for: they neither count
        // toward an item's share of the request nor make its title tell.
        let idf: Vec<f32> = ask.terms.iter().map(|&t| if names_nothing(self.text.term(t)) { 0.0 } else { self.text.idf(t) }).collect();
        let total: f32 = (idf.iter().sum::<f32>() + ask.unknown).max(f32::EPSILON);
        let mean = total / idf.len().max(1) as f32;
        let mut titled = vec![false; n];
        // A small number holds part of a request only beside one of its words ("SOC 2" in "SOC 2
        // report"): alone it is a count that met another ("6 call-takers", "live in 6 weeks").
        // A longer one may be a name ("311", "Form 990").
        let numeric = |t: TermId| small_count(self.text.term(t));
        let mut by_number = if ask.terms.iter().any(|&t| numeric(t)) { vec![0.0f32; n] } else { Vec::new() };
        for (k, (&t, &w)) in ask.terms.iter().zip(&idf).enumerate() {
            let held = if numeric(t) { &mut by_number } else { &mut covered };
            self.text.accumulate(t, w / mean, &mut score, |d| held[d] += w);
            // An item that says the idea in another of the library's words ("pricing" for
            // "price") holds it as much, once.
            let mates = ask.mates.get(k).map_or(&[][..], Vec::as_slice);
            let mut credited = if mates.is_empty() { Vec::new() } else { vec![false; n] };
            for &m in mates {
                let idf_t = self.text.idf(t);
                for (d, factor) in self.text.postings(m) {
                    if !credited[d] && !self.doc_has(t, d) {
                        score[d] += w / mean * idf_t * factor;
                        covered[d] += w;
                        credited[d] = true;
                    }
                }
            }
            // Nor does it make a title tell ("live in 6 to 12 weeks").
            if !self.common[t as usize] && w > 0.0 && !numeric(t) {
                for &m in std::iter::once(&t).chain(mates.iter().filter(|&&m| !self.common[m as usize])) {
                    for &d in &self.titled_docs[m as usize] {
                        titled[d as usize] = true;
                    }
                }
            }
        }
        for (c, b) in covered.iter_mut().zip(&by_number) {
            if *c > 0.0 {
                *c += b;
            }
        }
        AskScores { score, covered, total, titled }
    }

    /// Material asked for in a language: the library's items written in it answer, the ones
    /// nearest the page's words best (one of several translated brochures, not all of them).
    fn language_scores(&self, asked: Asked, text_scores: &[f32]) -> AskScores {
        let languages = self.languages.get_or_init(|| {
            self.items
                .iter()
                .map(|it| crate::language::of_text(&format!("{}. {}", it.title, it.summary)).map(|l| (l, crate::language::is_overview(&it.title))))
                .collect()
        });
        let n = self.items.len();
        let mut score = vec![0.0f32; n];
        let mut covered = vec![0.0f32; n];
        let written = |i: usize| languages[i].is_some_and(|(l, _)| l == asked.lang);
        let best = (0..n).filter(|&i| written(i)).map(|i| text_scores[i]).fold(0.0f32, f32::max).max(f32::EPSILON);
        for i in (0..n).filter(|&i| written(i)) {
            // "A documentation in French" is the French overview first, whatever it shares with
            // the page; another item in French answers as far as it meets the page's words.
            let overview = asked.general && languages[i].is_some_and(|(_, overview)| overview);
            score[i] = if overview { OVERVIEW_LEAD * best + text_scores[i] } else { text_scores[i] };
            covered[i] = if score[i] > 0.0 { 1.0 } else { 0.0 };
        }
        AskScores { score, covered, total: 1.0, titled: vec![false; n] }
    }

    /// What the prospect's own (and general) candidates hold of a request: the largest share
    /// of its information, and its telling words that stand in their titles or tags.
    fn own_hold(&self, cands: &[Candidate], ask: &Ask, scores: &AskScores) -> (f32, Vec<TermId>) {
        let own = || cands.iter().filter(|c| !c.outside());
        let share = own().map(|c| scores.share(c.i)).fold(0.0f32, f32::max);
        let titled = ask.terms.iter().copied().filter(|&t| own().any(|c| self.titled(c.i, t))).collect();
        (share, titled)
    }

    fn query_scores(&self, q: &str, raw: &str) -> QueryScores {
        let n = self.items.len();
        let mut words = tokens(q);
        // The first keystroke is one letter, which the tokenizer drops: it begins words.
        if words.is_empty() && q.chars().count() == 1 && q.chars().all(char::is_alphanumeric) {
            words = vec![q.to_lowercase()];
        }
        // "caso de éxito": the function words of a typed phrase are not part of what must match.
        if words.iter().any(|w| !is_chatter(w)) {
            words.retain(|w| !is_chatter(w));
        }
        let typing = !raw.ends_with(char::is_whitespace);
        let mut bm25 = vec![0.0f32; n];
        let mut covered = vec![0u32; n];
        let mut expansions = Vec::new();
        for (w, word) in words.iter().enumerate().take(32) {
            let last = w + 1 == words.len();
            let mut exp = self.text.expand(word, typing && last);
            // A word typed in the prospect's language finds the library's English, also where
            // an item in that language has the word ("tarifas" in the Spanish overview).
            library_words(
                word,
                |e| self.text.lookup(e),
                |t| {
                    exp.retain(|&(x, _)| x != t);
                    exp.push((t, Expansion::Exact));
                },
            );
            for &(term, kind) in &exp {
                let weight = match kind {
                    Expansion::Exact => 1.0,
                    Expansion::Prefix => 0.8,
                    Expansion::Typo => 0.7,
                };
                self.text.accumulate(term, weight, &mut bm25, |d| covered[d] |= 1 << w);
            }
            expansions.push((word.clone(), exp));
            // "pricing gov", "case study hospital": a typed word that names a vertical finds
            // the items marked for it, whatever their text says ("county and state agencies").
            let named = self.verticals_named(word, typing && last);
            if !named.is_empty() {
                let sets: Vec<bool> = self.vertical_ix.sets.iter().map(|ids| ids.iter().any(|p| named.contains(p))).collect();
                let marked: Vec<usize> = (0..n).filter(|&i| sets[self.vertical_ix.of[i] as usize]).collect();
                // Scored as a tag holding the word would be (BM25's factor for one hit in a
                // field of weight TAGS_W, about 1.6), a vertical being what its tags would say.
                let idf = self.text.idf_at(marked.len()) * 1.6;
                for i in marked {
                    if covered[i] & 1 << w == 0 {
                        bm25[i] += idf;
                        covered[i] |= 1 << w;
                    }
                }
            }
        }
        let total = words.len().clamp(1, 32) as f32;
        let mut score: Vec<f32> = (0..n)
            .map(|i| {
                let coverage = covered[i].count_ones() as f32 / total;
                // Most of what the rep typed must be there: one stray word out of three is noise.
                if words.len() >= 2 && coverage < 0.5 {
                    return 0.0;
                }
                bm25[i] / (bm25[i] + QUERY_K) * coverage * coverage
            })
            .collect();
        // The fuzzy matcher on short fields catches what tokens miss (abbreviations, run-together words).
        let mut candidates: Vec<usize> = (0..n).filter(|&i| score[i] > 0.0).collect();
        if candidates.len() > FUZZY_CANDIDATES {
            candidates.select_nth_unstable_by(FUZZY_CANDIDATES - 1, |&a, &b| score[b].total_cmp(&score[a]));
            candidates.truncate(FUZZY_CANDIDATES);
        } else if candidates.is_empty() {
            // Nothing matched a word: only items whose title and tags hold every typed character
            // can match fuzzily, and a hopeless typo must not cost a scan of the whole library.
            let need = char_mask(q);
            candidates = (0..n).filter(|&i| need & !self.name_chars[i] == 0).take(FUZZY_FALLBACK).collect();
        }
        let qlen = q.chars().filter(|c| !c.is_whitespace()).count().max(1) as f32;
        // Where some item holds every typed word, letters scattered through another's title
        // ("pricing gov" in "packaGing fOr uniVersities") count only as far as its words do.
        let whole = words.len().min(32) as u32;
        let someone_has_all = whole > 0 && covered.iter().any(|c| c.count_ones() == whole);
        for i in candidates {
            let item = &self.items[i];
            let best = std::iter::once(item.title.as_str())
                .chain(item.tags.iter().map(String::as_str))
                .filter_map(|f| self.fuzzy.fuzzy_match(f, q))
                .max()
                .unwrap_or(0);
            // Skim gives about 16 a matched character plus bonuses; a perfect short match ≈ 1.
            let mut fz = (best as f32 / (qlen * 20.0)).min(1.0);
            if someone_has_all {
                fz *= covered[i].count_ones() as f32 / whole as f32;
            }
            score[i] = score[i].max(0.85 * fz);
        }
        QueryScores { score, words: expansions }
    }

    /// A size segment (enterprise, mid-market, SMB), not an industry.
    fn is_segment(&self, position: u16) -> bool {
        self.taxonomy.verticals().get(position as usize).is_some_and(|t| ["enterprise", "mid-market", "smb"].contains(&t.id.as_str()))
    }

    /// The verticals (taxonomy positions) a typed word names: their id, label or a synonym, the
    /// start of one as it is being typed ("gov", "edu"), or a word organizations of the vertical
    /// call themselves by ("hospital", "county", "bank").
    fn verticals_named(&self, word: &str, typing: bool) -> Vec<u16> {
        let names = self.vertical_names.get_or_init(|| {
            let mut out = Vec::new();
            for (p, t) in self.taxonomy.verticals().iter().enumerate() {
                let own = [t.id.as_str(), t.label.as_str()].into_iter().chain(t.synonyms.iter().map(String::as_str));
                for name in own.chain(organization_words(t.id.as_str()).collect::<Vec<_>>()) {
                    if let [token] = tokens(name).as_slice() {
                        out.push((token.clone(), p as u16));
                    }
                }
            }
            crate::sort::sort(&mut out);
            out.dedup();
            out
        });
        let prefix = typing && word.chars().count() >= 3;
        let start = names.partition_point(|(n, _)| n.as_str() < word);
        let mut out: Vec<u16> = names[start..].iter().take_while(|(n, _)| n == word || prefix && n.starts_with(word)).map(|&(_, p)| p).collect();
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn reasons(
        &self,
        c: &Candidate,
        ctx: &PageContext,
        vertical: Option<&Resolved>,
        stage: Option<&Resolved>,
        ev: &Evidence,
        ask_words: &[Vec<RequestWord>],
        query: Option<&QueryScores>,
    ) -> Vec<String> {
        let i = c.i;
        let who = self.prospect_words(vertical);
        let item = &self.items[i];
        let mut out = Vec::new();
        if let Some(q) = query {
            out.push(q.reason(self, i));
        }
        // What it answers comes first: that is why a rep would send it. The three most telling
        // words of the request the item holds (in its title or tags first, then the rarest), in
        // the request's order: "signed consent Epic", not the first three.
        let asked: Vec<TermId> = c
            .ask
            .map(|j| self.worth_naming(self.held(&ev.asks[j], i)).filter(|t| who.binary_search(t).is_err() && !ev.asks[j].aside.contains(t)).collect())
            .unwrap_or_default();
        let mut by_telling = asked.clone();
        crate::sort::sort_by(&mut by_telling, |&a, &b| {
            self.titled(i, b).cmp(&self.titled(i, a)).then(self.text.idf(b).total_cmp(&self.text.idf(a))).then(a.cmp(&b))
        });
        let mut answered: Vec<TermId> = Vec::new();
        for t in by_telling {
            // "price" after "pricing" says nothing new.
            let w = self.text.term(t);
            if answered.len() < 3 && !answered.iter().any(|&a| self.text.term(a).get(..4) == w.get(..4)) {
                answered.push(t);
            }
        }
        crate::sort::sort_by_key(&mut answered, |t| asked.iter().position(|a| a == t));
        if !answered.is_empty() {
            let request = c.ask.map_or("", |j| ev.asks[j].text.as_str());
            // Each word where the request writes it, widened to a phrase the item has too
            // ("single sign-on", not "single"); phrases that meet are one ("SOC 2 Type II").
            let words = c.ask.map_or(&[][..], |j| ask_words[j].as_slice());
            // The item's words, only once a phrase passes the cheap tests.
            let cell = std::cell::OnceCell::new();
            let own = || {
                cell.get_or_init(|| normalized_words([item.title.as_str(), item.summary.as_str()].into_iter().chain(item.tags.iter().map(String::as_str))))
                    .as_str()
            };
            let mut spans: Vec<(usize, usize, Option<TermId>)> = Vec::new();
            let mut apart: Vec<TermId> = Vec::new();
            for &t in &answered {
                match phrase_of(t, words, request, &own, |t| self.doc_has(t, i)) {
                    Some((a, b, phrase)) => spans.push((a, b, (!phrase).then_some(t))),
                    None => apart.push(t),
                }
            }
            crate::sort::sort_by(&mut spans, |x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)));
            let mut merged: Vec<(usize, usize, Option<TermId>)> = Vec::new();
            for sp in spans {
                match merged.last_mut() {
                    Some(last) if sp.0 <= last.1 + 1 && request.get(last.1.min(sp.0)..sp.0).is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-')) => {
                        if sp.1 > last.1 {
                            last.1 = sp.1;
                        }
                        last.2 = None;
                    }
                    _ => merged.push(sp),
                }
            }
            let mut named: Vec<String> =
                merged.iter().map(|&(a, b, single)| single.map_or_else(|| request[a..b].to_string(), |t| self.display_term(i, t, &ev.written))).collect();
            named.extend(apart.iter().map(|&t| self.display_term(i, t, &ev.written)));
            out.push(format!("asks about {}", named.join(" ")));
        } else if let Some(asked) = c.ask.and_then(|j| ev.asks[j].language) {
            out.push(format!("in {}, as asked", asked.lang.name()));
        }
        let label = |facet, id: &str| self.taxonomy.label(facet, id);
        match (c.vfit, vertical) {
            (Fit::Match | Fit::Sized, Some(v)) if v.how != "page" => out.push(format!("{} ✓ ({})", label(Facet::Vertical, &v.id), v.evidence)),
            (Fit::Match, Some(v)) => out.push(format!("{} ✓", label(Facet::Vertical, &v.id))),
            (Fit::Other, v) => {
                let theirs = item.verticals.iter().map(|v| label(Facet::Vertical, v)).collect::<Vec<_>>().join(", ");
                let ours = v.map_or_else(|| "this prospect".to_string(), |v| label(Facet::Vertical, &v.id));
                out.push(match query {
                    Some(_) => format!("for {theirs}: nothing for {ours} matches your search"),
                    None => format!("for {theirs}: nothing for {ours} covers this"),
                });
            }
            _ => {}
        }
        match (c.sfit, stage) {
            (Fit::Match, Some(s)) => out.push(format!("{} stage ✓", label(Facet::Stage, &s.id))),
            (Fit::Near, Some(s)) => out.push(format!("near {} stage", label(Facet::Stage, &s.id))),
            // Shown at another stage only because it answers (or was searched for): say so.
            (Fit::Other, Some(s)) => {
                let theirs = item.stages.iter().map(|t| label(Facet::Stage, t)).collect::<Vec<_>>().join(", ");
                let ours = label(Facet::Stage, &s.id);
                out.push(match query {
                    Some(_) => format!("for {theirs}: nothing at {ours} matches your search"),
                    None => format!("for {theirs}: nothing at {ours} covers this"),
                });
            }
            _ => {}
        }
        if answered.is_empty() && c.tn > 0.0 {
            // The rarest shared words say best why this item fits.
            let mut shared: Vec<TermId> = ev.terms.iter().map(|&(t, _)| t).filter(|&t| self.doc_has(t, i)).collect();
            crate::sort::sort_by(&mut shared, |&a, &b| self.text.idf(b).total_cmp(&self.text.idf(a)).then(a.cmp(&b)));
            // A word the item merely shares is printed as the item writes it: the page's capital
            // is its own sense's ("Business Associate Agreement", not a business case).
            // A word the page writes only as part of a name ("Business Associate Agreement")
            // says nothing of an item that uses it as a word ("business case").
            let named_on_page = |t: TermId| ev.written.iter().any(|(id, w)| *id == t && w.starts_with(char::is_uppercase));
            // Unless the item is tagged with that very name ("factur-x" for "Factur-X"): the
            // name as the page writes it.
            let tagged_as_written = |t: TermId| -> Option<String> {
                let fields = [ctx.subject.as_deref(), ctx.text.as_deref()];
                item.tags.iter().filter(|tag| tag.is_ascii() && tokens(tag).iter().any(|w| w == self.text.term(t))).find_map(|tag| {
                    let tag = tag.to_ascii_lowercase();
                    // ASCII lower-casing keeps every byte where it was: the match is the page's own spelling.
                    fields.iter().flatten().find_map(|f| {
                        let lower = f.to_ascii_lowercase();
                        lower.match_indices(&tag).find(|&(at, _)| stands_alone(&lower, at, tag.len())).map(|(at, _)| f[at..at + tag.len()].to_string())
                    })
                })
            };
            // Nor who asks or when ("legal needs…": not the item's legal holds).
            let aside = |t: TermId| ev.asks.iter().any(|a| a.aside.contains(&t));
            // Each word with the name the page writes it in, where that is how it is shown.
            let mut mentioned: Vec<(TermId, Option<String>)> = self
                .worth_naming(shared.into_iter())
                .filter(|&t| who.binary_search(&t).is_err() && !aside(t))
                .filter_map(|t| if named_on_page(t) && !self.writes_as_name(i, t) { tagged_as_written(t).map(|name| (t, Some(name))) } else { Some((t, None)) })
                .take(2)
                .collect();
            // Two words the item writes together are one phrase, in its order: "case studies",
            // not "studies, case" (the page may have them apart, or in another language).
            let together = |a, b| {
                [item.title.as_str(), item.summary.as_str()].into_iter().chain(item.tags.iter().map(String::as_str)).any(|t| self.stands_before(t, a, b))
            };
            let phrase = match mentioned[..] {
                [(a, _), (b, _)] if together(a, b) => true,
                [(a, _), (b, _)] if together(b, a) => {
                    mentioned.swap(0, 1);
                    true
                }
                _ => false,
            };
            let shown: Vec<String> = mentioned.into_iter().map(|(t, name)| name.unwrap_or_else(|| self.display_term(i, t, &[]))).collect();
            if !shown.is_empty() {
                out.push(format!("mentions {}", shown.join(if phrase { " " } else { ", " })));
            }
        }
        if let Some(r) = self.stats[i].as_ref().and_then(|s| s.rating(vertical.map(|v| v.id.as_str()), stage.map(|s| s.id.as_str()))) {
            if r.votes >= 3 {
                let cell = if r.same_cell { " at this stage" } else { "" };
                out.push(format!("liked by {} of {} reps{cell}", r.up, r.votes));
            }
        }
        if let (Some(w), Some(v)) = (self.stats[i].as_ref().and_then(|s| s.wins(vertical.map(|v| v.id.as_str()), stage.map(|s| s.id.as_str()))), vertical) {
            // Said when it helped: three won deals or more, and better than the cell's rate.
            if w.won >= 3 && w.lift > 0.0 {
                out.push(format!("in {} won {} deals", w.won, label(Facet::Vertical, &v.id).to_lowercase()));
            }
        }
        if let Some(s) = &self.stats[i] {
            if s.inserts_30d >= 5 {
                out.push(format!("used {}× this month", s.inserts_30d));
            }
        }
        out
    }

    /// Items sharing the rarest title words of the best answer (the BAA beside the HIPAA
    /// package) are likelier good than generic fillers: among candidates that answer nothing,
    /// they come first.
    fn like_the_best_answer(&self, cands: &mut [Candidate]) {
        let Some(best) = cands.iter().filter(|c| c.answer > 0.0).max_by(|a, b| a.score.total_cmp(&b.score)).map(|c| c.i) else { return };
        // Words in a few titles only: one in a hundred titles says little about likeness, and
        // its postings would cost more than the rest of the ranking (a large library).
        let few = (self.items.len() / 100).max(50);
        let anchor: Vec<TermId> = self.title_terms[best].iter().copied().filter(|&t| !self.common[t as usize] && self.text.doc_freq(t) <= few).collect();
        let total: f32 = anchor.iter().map(|&t| self.text.idf(t)).sum();
        if total <= 0.0 {
            return;
        }
        // From the anchor's words' postings (rare words: short lists), not from every candidate.
        let mut like: HashMap<usize, f32> = HashMap::default();
        for &t in &anchor {
            for &d in &self.titled_docs[t as usize] {
                *like.entry(d as usize).or_default() += self.text.idf(t);
            }
        }
        if like.is_empty() {
            return;
        }
        for c in cands.iter_mut().filter(|c| c.answer == 0.0) {
            if let Some(shared) = like.get(&c.i) {
                c.score += W_LIKE * (shared / total).min(1.0);
            }
        }
    }

    /// Whether the term is in the item's title or tags (kept sorted at build).
    #[inline]
    fn titled(&self, i: usize, t: TermId) -> bool {
        self.title_terms[i].binary_search(&t).is_ok()
    }

    fn is_rival(&self, t: TermId) -> bool {
        self.rival_term[t as usize]
    }

    /// The words that say who the prospect is once its vertical is known ("hospital" for a
    /// healthcare prospect, "county", "Stadt"): beside "Healthcare ✓" a reason naming them tells
    /// the rep nothing. (As evidence they were measured to help more than hurt: ranking keeps them.)
    fn prospect_words(&self, vertical: Option<&Resolved>) -> &[TermId] {
        let Some(v) = vertical else { return &[] };
        let Some(at) = self.taxonomy.vertical_position(&v.id) else { return &[] };
        // Once per vertical: the names are a few dozen words of the taxonomy and lexicon.
        self.who.get(at).map_or(&[], |cell| cell.get_or_init(|| self.words_of_vertical(&v.id)))
    }

    fn words_of_vertical(&self, id: &str) -> Vec<TermId> {
        let mut out = Vec::new();
        // One-word names only: "Financial Services" or "Health Care" say less about who the
        // prospect is than about what it asks ("services", "care").
        let mut add = |name: &str| {
            let mut words = Vec::new();
            for_each_token(name, |w| words.push(self.text.lookup(w)));
            if let [Some(t)] = words[..] {
                out.push(t);
            }
        };
        if let Some(t) = self.taxonomy.verticals().iter().find(|t| t.id == id) {
            std::iter::once(&t.id).chain(std::iter::once(&t.label)).chain(&t.synonyms).for_each(|n| add(n));
        }
        crate::context::organization_words(id).for_each(&mut add);
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    /// The words of a request as it writes them (a hyphenated word one word): where each stands,
    /// its terms, and whether it is a word of content (not a stop word, nor one of asking
    /// or chatter, as "requests" is).
    fn request_words(&self, request: &str) -> Vec<RequestWord> {
        split_words(request)
            .map(|(at, w)| {
                let (mut terms, mut content) = (Vec::new(), true);
                for_each_token(w, |tok| {
                    terms.extend(self.text.lookup(tok));
                    content &= !names_nothing(tok) && !is_chatter(tok);
                });
                // A word of content has a token ("on" of "sign-on" is a stop word, "sign" is not).
                let content = content && !terms.is_empty();
                RequestWord { at, len: w.len(), terms, content }
            })
            .collect()
    }

    /// Words that tell a rep something: not numbers or fragments, not the library's common words,
    /// not the words of asking and answering or prepositions (`NAME_NOTHING`).
    fn worth_naming<'a>(&'a self, terms: impl Iterator<Item = TermId> + 'a) -> impl Iterator<Item = TermId> + 'a {
        terms.filter(|&t| {
            let w = self.text.term(t);
            w.len() > 1 && !w.bytes().all(|b| b.is_ascii_digit()) && !self.common[t as usize] && !names_nothing(w)
        })
    }

    /// Whether a candidate for the prospect's own vertical (`own`) is another vertical's item `x` in its
    /// own version: the same kind, holding every tag of `x` that is not about the request
    /// (`x` tagged "donor-privacy, security-review, compliance", a hospital's brief tagged
    /// "hipaa, security-review, compliance").
    fn has_own_version(&self, x: usize, own: &[usize], ask: &Ask) -> bool {
        let asked = |tag: &str| {
            let mut hit = false;
            for_each_token(tag, |t| {
                hit |= self.text.lookup(t).is_some_and(|id| ask.terms.contains(&id) || ask.mates.iter().any(|m| m.contains(&id)));
            });
            hit
        };
        let item = &self.items[x];
        let kept: Vec<&String> = item.tags.iter().filter(|t| !asked(t)).collect();
        !kept.is_empty() && own.iter().any(|&o| self.items[o].kind == item.kind && kept.iter().all(|t| self.items[o].tags.contains(t)))
    }

    /// The request's terms as the item holds them: each term, or the item's word for its idea.
    fn held<'a>(&'a self, ask: &'a Ask, i: usize) -> impl Iterator<Item = TermId> + 'a {
        ask.terms.iter().enumerate().filter_map(move |(k, &t)| {
            if self.doc_has(t, i) {
                return Some(t);
            }
            ask.mates.get(k)?.iter().copied().find(|&m| self.doc_has(m, i))
        })
    }

    fn doc_has(&self, term: TermId, doc: usize) -> bool {
        self.text.contains(term, doc)
    }

    /// The item's words (title, summary, body, tags) that fold to the term `t`, each with
    /// whether it is its field's first word.
    fn words_folding_to<'a>(&'a self, i: usize, t: &'a str) -> impl Iterator<Item = (bool, &'a str)> + 'a {
        let item = &self.items[i];
        [item.title.as_str(), item.summary.as_str(), item.body.as_str()].into_iter().chain(item.tags.iter().map(String::as_str)).flat_map(move |field| {
            field.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).enumerate().filter_map(move |(k, word)| {
                // Tokenizing every word of a body is costly: only words that could fold to `t`.
                let could = word.len() >= t.len()
                    && word.len() <= t.len() + 3
                    && word.chars().next().zip(t.chars().next()).is_some_and(|(a, b)| a.to_lowercase().eq(b.to_lowercase()));
                (could && tokens(word).first().is_some_and(|w| w == t)).then_some((k == 0, word))
            })
        })
    }

    /// Whether the item writes the word with a capital that is not its field's first word's:
    /// as (part of) a name.
    fn writes_as_name(&self, i: usize, term: TermId) -> bool {
        self.words_folding_to(i, self.text.term(term)).any(|(first, word)| !first && word.starts_with(char::is_uppercase))
    }

    /// The word as marketing wrote it when that is a name ("FedRAMP", "HIPAA", "DocuFlow"),
    /// else lower case (a sentence's capital "Answer" is not a name).
    /// Whether `a` is written right before `b` in `text` (a space or a hyphen apart).
    fn stands_before(&self, text: &str, a: TermId, b: TermId) -> bool {
        let mut last: Option<(TermId, usize)> = None;
        let mut found = false;
        for_each_word(text, |t, word| {
            let at = offset_in(text, word).unwrap_or_default();
            let id = self.text.lookup(t);
            if let (Some((prev, end)), Some(id)) = (last, id) {
                found |= prev == a && id == b && text[end..at].chars().all(|c| c == ' ' || c == '-');
            }
            last = id.map(|id| (id, at + word.len()));
        });
        found
    }

    fn display_term(&self, i: usize, term: TermId, page: &[(TermId, String)]) -> String {
        let t = self.text.term(term);
        let mut best: Option<&str> = None;
        for (_, word) in self.words_folding_to(i, t) {
            if word.chars().skip(1).any(char::is_uppercase) {
                return word.to_string();
            }
            best = best.or(Some(word));
        }
        // Else as the page writes it: a name with its capital ("Epic" inside a sentence, where
        // the item's only capital is a title's first letter), a word as inflected ("sign our
        // BAA", not the item's "signs").
        if let Some((_, w)) = page.iter().find(|(id, _)| *id == term) {
            return w.clone();
        }
        best.map_or_else(|| t.to_string(), str::to_lowercase)
    }
}

struct QueryScores {
    score: Vec<f32>,
    words: Vec<(String, Vec<(TermId, Expansion)>)>,
}

impl QueryScores {
    /// The rep asked for this item by name: every typed word is in its title or tags.
    fn names_item(&self, engine: &Engine, i: usize) -> bool {
        !self.words.is_empty() && self.words.iter().all(|(_, exp)| exp.iter().any(|&(t, _)| engine.titled(i, t)))
    }

    fn reason(&self, engine: &Engine, i: usize) -> String {
        for (word, exp) in &self.words {
            if let Some((t, _)) = exp.iter().find(|(t, k)| *k == Expansion::Typo && engine.doc_has(*t, i)) {
                return format!("“{word}” ≈ {}", engine.display_term(i, *t, &[]));
            }
        }
        let typed: Vec<&str> = self.words.iter().map(|(w, _)| w.as_str()).collect();
        format!("matches “{}”", typed.join(" "))
    }
}

/// A word of a page's request (`Engine::request_words`).
struct RequestWord {
    at: usize,
    len: usize,
    terms: Vec<TermId>,
    content: bool,
}

/// Words split as a request's are, a hyphenated word one word, with their byte offsets.
fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(move |w| (offset_in(text, w).unwrap_or_default(), w))
}

/// An item's words in lower case, one space apart and around, for phrases to be found in.
fn normalized_words<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::from(" ");
    for f in fields {
        for (_, w) in split_words(f) {
            out.extend(w.chars().flat_map(char::to_lowercase));
            out.push(' ');
        }
    }
    out
}

/// Where the request writes `term`, as byte offsets, widened to the words around it (two or
/// three) that the item also holds in that order (`own` gives its `normalized_words`): "single
/// sign-on" for "single"; the flag says whether it was widened. A phrase begins and ends with a
/// word of content, not "for the" nor "requests". None when the request does not write the term.
fn phrase_of<'o>(
    term: TermId,
    words: &[RequestWord],
    request: &str,
    own: &dyn Fn() -> &'o str,
    holds: impl Fn(TermId) -> bool,
) -> Option<(usize, usize, bool)> {
    let mut phrase = String::new();
    let mut first = None;
    for k in (0..words.len()).filter(|&k| words[k].terms.contains(&term)) {
        first = first.or(Some(k));
        // Longest first: three words, then two, the term anywhere in them.
        for len in [3usize, 2] {
            for from in k.saturating_sub(len - 1)..=k {
                let Some(span) = words.get(from..from + len) else { continue };
                // Cheap tests first: content at both edges, every word's terms in the item.
                if !span[0].content || !span[len - 1].content || !span.iter().all(|w| w.terms.iter().all(|&t| holds(t))) {
                    continue;
                }
                phrase.clear();
                phrase.push(' ');
                for w in span {
                    phrase.extend(request[w.at..w.at + w.len].chars().flat_map(char::to_lowercase));
                    phrase.push(' ');
                }
                if own().contains(phrase.as_str()) {
                    let last = &span[len - 1];
                    return Some((span[0].at, last.at + last.len, true));
                }
            }
        }
    }
    first.map(|k| (words[k].at, words[k].at + words[k].len, false))
}

/// The set of characters in a text, folded to 64 bits (letters and digits one bit each, the
/// rest sharing the remaining bits): a quick necessary test for a fuzzy match.
fn char_mask(text: &str) -> u64 {
    text.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).fold(0u64, |m, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            other => 36 + other as u32 % 28,
        };
        m | 1 << bit
    })
}

/// The host of a link ("content.tidevault.example" of "https://content.tidevault.example/a/x").
fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#', ':']).next().unwrap_or_default()
}

/// Whether `text` writes `word` (lower case) with a capital right after one of `names`
/// ("Northwind Cloud"): a product line's word.
fn follows_name(text: &str, names: &[String], word: &str) -> bool {
    let mut words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut prev = words.next();
    for w in words {
        if is_capitalized(w) && w.eq_ignore_ascii_case(word) && prev.is_some_and(|p| names.iter().any(|n| p.eq_ignore_ascii_case(n))) {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// Per term: too common in this library to be evidence (`COMMON_SHARE`).
fn common_terms(text: &TextIndex) -> Vec<bool> {
    // A small library has no word in 30% of items that is not also its topic: five at least.
    let common_df = (COMMON_SHARE * text.docs() as f32).max(5.0);
    (0..text.term_count() as TermId).map(|t| text.doc_freq(t) as f32 > common_df).collect()
}

/// The seller's own names ("Northwind", "Cloud" of "Northwind Cloud"): words the library writes
/// with a capital inside a sentence in one item of ten or more, and never in lower case, and that
/// no battlecard is about (a competitor's name is written as often). On a page ("can we connect
/// Northwind to Epic?") they say nothing about which item to send.
fn house_names(items: &[Item], text: &TextIndex, rivals: &Lists<TermId>) -> Vec<TermId> {
    fn fields(i: &Item) -> [&str; 3] {
        [i.title.as_str(), i.summary.as_str(), i.body.as_str()]
    }
    let mut capital: HashMap<String, usize> = HashMap::default();
    for item in items {
        let mut seen: Vec<String> = Vec::new();
        for w in fields(item).into_iter().flat_map(capitalized_inside_sentences) {
            if w.len() > 2 {
                let lower = w.to_lowercase();
                if !seen.contains(&lower) {
                    seen.push(lower);
                }
            }
        }
        for w in seen {
            *capital.entry(w).or_default() += 1;
        }
    }
    let least = (items.len() / 10).max(3);
    let mut names: Vec<String> = capital.into_iter().filter(|&(_, n)| n >= least).map(|(w, _)| w).collect();
    // Where the content is hosted names the seller ("content.tidevault.example"): then a
    // platform its content is about ("Microsoft" of "Microsoft 365 backup") is no house name,
    // however often it is written. Its product line stays one ("Northwind Cloud").
    let mut hosts: Vec<String> = items.iter().flat_map(|i| url_host(&i.url).split(['.', '-'])).map(str::to_lowercase).collect();
    crate::sort::sort(&mut hosts);
    hosts.dedup();
    let hosted = |n: &String| hosts.binary_search(n).is_ok();
    if names.iter().any(hosted) {
        let seller: Vec<String> = names.iter().filter(|n| hosted(n)).cloned().collect();
        names.retain(|n| seller.contains(n) || items.iter().any(|i| fields(i).into_iter().any(|f| follows_name(f, &seller, n))));
    }
    // Written in lower case anywhere, it is a word, not a name ("Health" of a customer's name).
    // Only the items the index says hold the word can hold it in lower case.
    let mut out: Vec<TermId> = names
        .iter()
        .filter_map(|n| {
            let t = tokens(n).first().and_then(|t| text.lookup(t))?;
            let lower = |f: &str| has_word(f, n);
            (!text.docs_with(t).any(|d| fields(&items[d]).into_iter().any(lower))).then_some(t)
        })
        .collect();
    out.retain(|t| !rivals.flat().contains(t));
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// Items' vertical (or stage) lists as taxonomy positions, each distinct list stored once.
struct FacetSets {
    sets: Vec<Vec<u16>>,
    /// Per item: its list in `sets`.
    of: Vec<u32>,
}

impl FacetSets {
    /// Each distinct list is looked up in the taxonomy once (`UNKNOWN` for an id it lacks):
    /// a lookup normalizes and hashes its key, which per item was most of a snapshot's load.
    fn new<'a>(lists: impl Iterator<Item = &'a [String]>, position: impl Fn(&str) -> Option<usize>) -> FacetSets {
        let mut seen: HashMap<&[String], u32> = HashMap::default();
        let mut sets = Vec::new();
        let of = lists
            .map(|l| {
                *seen.entry(l).or_insert_with(|| {
                    sets.push(l.iter().map(|id| position(id).map_or(UNKNOWN, |p| p as u16)).collect());
                    sets.len() as u32 - 1
                })
            })
            .collect();
        FacetSets { sets, of }
    }

    fn write_to(&self, w: &mut Writer) {
        w.len(self.sets.len());
        for set in &self.sets {
            w.u32s(&set.iter().map(|&p| u32::from(p)).collect::<Vec<_>>());
        }
        w.u32s(&self.of);
    }

    /// Lists of `n` items over a taxonomy of `facets` terms; anything out of range is an error.
    fn read_from(r: &mut Reader, n: usize, facets: usize) -> Decoded<FacetSets> {
        let count = r.len(4)?;
        let position =
            |p: u32| if p == u32::from(UNKNOWN) || (p as usize) < facets { Ok(p as u16) } else { Err(DecodeError(format!("facet position {p} out of range"))) };
        let sets = (0..count).map(|_| r.u32s()?.into_iter().map(position).collect()).collect::<Decoded<Vec<Vec<u16>>>>()?;
        let of = r.u32s()?;
        if of.len() != n || of.iter().any(|&s| s as usize >= sets.len()) {
            return Err(DecodeError("facet lists: a list out of range".into()));
        }
        Ok(FacetSets { sets, of })
    }
}

/// How an item's verticals (or stages), as taxonomy positions, fit the page's; `near[p]` says
/// whether position `p` neighbours the page's.
fn facet_fit(ids: &[u16], ctx: Option<u16>, near: &[bool]) -> Fit {
    match ctx {
        _ if ids.is_empty() => Fit::General,
        None => Fit::Unknown,
        Some(c) if ids.contains(&c) => Fit::Match,
        Some(_) if ids.iter().any(|&p| near.get(p as usize).copied().unwrap_or(false)) => Fit::Near,
        Some(_) => Fit::Other,
    }
}

/// 1 for content touched in the last six months, fading to 0 at three years.
fn freshness(age_secs: i64) -> f32 {
    const HALF_YEAR: f32 = 182.0 * 86_400.0;
    const THREE_YEARS: f32 = 3.0 * 365.0 * 86_400.0;
    let age = age_secs.max(0) as f32;
    if age <= HALF_YEAR {
        1.0
    } else {
        (1.0 - (age - HALF_YEAR) / (THREE_YEARS - HALF_YEAR)).max(0.0)
    }
}

/// Items whose titles differ only by vertical words ("ROI calculator – healthcare" vs
/// "– education"), of the same kind, or that point at the same URL, are one asset.
fn near_duplicate_groups(items: &[Item], names: &[Vec<Vec<TermId>>], text: &TextIndex, taxonomy: &Taxonomy) -> Vec<u32> {
    let mut vertical_terms: std::collections::HashSet<TermId> = std::collections::HashSet::new();
    for t in taxonomy.verticals() {
        for s in std::iter::once(&t.id).chain(std::iter::once(&t.label)).chain(&t.synonyms) {
            for_each_token(s, |w| vertical_terms.extend(text.lookup(w)));
        }
    }
    let mut keys: HashMap<(&str, Vec<TermId>), u32> = HashMap::default();
    let mut urls: HashMap<&str, u32> = HashMap::default();
    items
        .iter()
        .zip(names)
        .enumerate()
        .map(|(n, (item, name))| {
            let mut words: Vec<TermId> = name[0].iter().copied().filter(|w| !vertical_terms.contains(w)).collect();
            crate::sort::sort(&mut words);
            words.dedup();
            let g = *keys.entry((item.kind.as_str(), words)).or_insert(n as u32);
            if item.url.is_empty() {
                g
            } else {
                *urls.entry(item.url.as_str()).or_insert(g)
            }
        })
        .collect()
}

/// The competitors each battlecard is about: words of its title and tags that live mostly in
/// battlecards ("DocuFlow", "Ironclad"), but not in most of them ("battlecard", "competitor",
/// the seller's own name).
fn rival_terms(items: &[Item], title_terms: &Lists<TermId>, text: &TextIndex, common: &[bool]) -> Lists<TermId> {
    let is_card: Vec<bool> = items.iter().map(|i| i.kind == "battlecard").collect();
    let cards = is_card.iter().filter(|&&b| b).count();
    let mut in_cards: HashMap<TermId, (usize, usize)> = HashMap::default();
    for (terms, &card) in title_terms.iter().zip(&is_card) {
        for &t in terms {
            let e = in_cards.entry(t).or_default();
            if card {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
    }
    let rival = |t: TermId| in_cards.get(&t).is_some_and(|&(c, o)| c >= 1 && c >= o && (cards < 3 || c * 10 <= cards * 6) && !common[t as usize]);
    Lists::from_vecs(title_terms.iter().zip(items).zip(&is_card).map(|((terms, item), &card)| {
        if !card {
            return Vec::new();
        }
        // A competitor is named: a word the card's title writes in lower case and its tags do
        // not hold ("“Spendora is cheaper”") is what the card says, not whom it is against.
        let words = plain_words(&item.title, text);
        let tags: Vec<TermId> = item.tags.iter().flat_map(|t| tokens(t)).filter_map(|t| text.lookup(&t)).collect();
        let named = named_after_vs(&item.title, text);
        terms.iter().copied().filter(|&t| named == Some(t) || rival(t) && (!words.contains(&t) || tags.contains(&t))).collect()
    }))
}

/// The name a battlecard's title sets against the seller's ("… vs Corevanta Learning"): its
/// competitor, even where other titles name it too (an HR suite the product also integrates with).
fn named_after_vs(title: &str, text: &TextIndex) -> Option<TermId> {
    let mut words = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.find(|w| ["vs", "versus"].contains(&w.to_lowercase().as_str()))?;
    let name = words.next().filter(|w| w.starts_with(char::is_uppercase))?;
    tokens(name).first().and_then(|t| text.lookup(t))
}

/// The terms of the words a title writes all in lower case.
fn plain_words(title: &str, text: &TextIndex) -> Vec<TermId> {
    let mut out = Vec::new();
    for_each_word(title, |t, word| {
        if !word.chars().any(char::is_uppercase) {
            out.extend(text.lookup(t));
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_name_nothing_are_tokens_as_the_index_keeps_them() {
        // The list is compared with index terms: an entry the tokenizer would fold or drop
        // ("answers" → "answer", a stop word) could never match.
        let bad: Vec<_> = NAME_NOTHING.iter().filter(|w| crate::text::tokens(w) != [**w]).map(|w| (w, crate::text::tokens(w))).collect();
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn house_names_are_the_sellers_not_a_competitors_nor_a_word() {
        let item = |id: &str, title: &str, kind: &str, summary: &str| {
            format!(r#"{{"id":"{id}","title":"{title}","kind":"{kind}","summary":"{summary}","status":"approved"}}"#)
        };
        let mut items = Vec::new();
        for n in 0..4 {
            items.push(item(&format!("a{n}"), "Pricing sheet", "one-pager", "How Acme keeps Health records safe."));
        }
        for (n, rival) in ["Rivalco", "Rivalco", "Rivalco", "Otherco", "Otherco", "Otherco"].iter().enumerate() {
            items.push(item(&format!("b{n}"), &format!("Battlecard {n}: us vs {rival}"), "battlecard", &format!("Where {rival} falls short.")));
        }
        items.push(item("c", "Guide", "one-pager", "Public health records, kept by Acme."));
        let json = format!(r#"{{"items":[{}]}}"#, items.join(","));
        let e = Engine::new(Library::from_json(&json).unwrap());
        let names: Vec<&str> = e.house.iter().map(|&t| e.text.term(t)).collect();
        assert_eq!(names, ["acme"], "Rivalco and Otherco are battlecards' competitors; 'health' is written in lower case too");
    }

    #[test]
    fn a_battlecards_named_rival_is_one_though_other_titles_name_it_too() {
        let item = |id: &str, title: &str, kind: &str| format!(r#"{{"id":"{id}","title":"{title}","kind":"{kind}","summary":"Text.","status":"approved"}}"#);
        let rivals = |card: &str| {
            let items = [
                item("card", card, "battlecard"),
                item("hris", "HR integrations: Workday and Corevanta HCM", "one-pager"),
                item("sync", "Corevanta HCM user sync", "one-pager"),
            ];
            let e = Engine::new(Library::from_json(&format!(r#"{{"items":[{}]}}"#, items.join(","))).unwrap());
            let names: Vec<String> = e.rivals.iter().next().unwrap().iter().map(|&t| e.text.term(t).to_string()).collect();
            names
        };
        assert!(rivals("Battlecard: Coursepath vs Corevanta Learning").contains(&"corevanta".to_string()), "named after 'vs'");
        assert!(!rivals("Battlecard: Corevanta Learning").contains(&"corevanta".to_string()), "two integration titles name it");
    }

    #[test]
    fn a_platform_the_content_is_about_is_no_house_name_where_links_name_the_seller() {
        let item = |id: usize, title: &str, url: &str| {
            format!(
                r#"{{"id":"i{id}","title":"{title}","kind":"one-pager","summary":"Backups by Tidevault Protect, kept apart.","url":"{url}","status":"approved"}}"#
            )
        };
        let library = |host: &str| {
            let items: Vec<String> = (0..10).map(|n| item(n, &format!("Backup {n}: how Microsoft stores it"), &format!("https://{host}/a/{n}"))).collect();
            Engine::new(Library::from_json(&format!(r#"{{"items":[{}]}}"#, items.join(","))).unwrap())
        };
        let names = |e: &Engine| {
            let mut names: Vec<String> = e.house.iter().map(|&t| e.text.term(t).to_string()).collect();
            names.sort();
            names
        };
        assert_eq!(names(&library("content.tidevault.example")), ["protect", "tidevault"], "the seller and its product line, not Microsoft");
        // Links that name no candidate (hosted elsewhere) say nothing: every candidate stays.
        assert_eq!(names(&library("cdn.example.net")), ["microsoft", "protect", "tidevault"]);
    }

    #[test]
    fn a_battlecard_is_against_the_competitor_it_names_not_the_words_it_says() {
        let card = |id: &str, title: &str, tags: &str| format!(r#"{{"id":"{id}","title":"{title}","kind":"battlecard","tags":[{tags}],"status":"approved"}}"#);
        let items = [
            card("a", "Battlecard: us vs Rivalco", r#""rivalco""#),
            card("b", "When Rivalco is cheaper", r#""Rivalco""#),
            card("c", "Battlecard: us vs Otherco", r#""otherco""#),
            card("d", "Why teams leave monday.com", r#""monday.com""#),
            r#"{"id":"e","title":"Pricing and plans","kind":"one-pager","status":"approved"}"#.to_string(),
        ];
        let e = Engine::new(Library::from_json(&format!(r#"{{"items":[{}]}}"#, items.join(","))).unwrap());
        let rivals = |i: usize| e.rivals[i].iter().map(|&t| e.text.term(t)).collect::<Vec<_>>();
        assert_eq!(rivals(1), ["rivalco"], "'cheaper' is what the card says, not a competitor");
        assert!(rivals(3).contains(&"monday"), "a name in lower case still counts when the tags hold it: {:?}", rivals(3));
    }
}
