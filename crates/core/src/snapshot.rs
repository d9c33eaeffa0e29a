//! The built engine as bytes, so that a woken service worker maps its index back instead of
//! rebuilding it from the library JSON (parsing, validating, tokenizing: most of a wake).
//!
//! Layout: `MAGIC`, the format number (u32), a checksum (u64) of everything after it, then the
//! library version, the load problems and the engine's parts (`Engine::write_to`). Bytes of
//! another format, truncated or corrupt are an error: the caller rebuilds from the JSON.

use crate::bytes::{DecodeError, Reader, Writer};
use crate::fxhash::FxHasher;
use crate::rank::Engine;
use std::hash::Hasher;
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"HANDOFF\x01";
/// Bump on any change to what is written: an old snapshot is then refused, never misread.
pub const FORMAT: u32 = 17;
const HEADER: usize = 8 + 4 + 8;

/// What comes back from a snapshot besides the engine.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The library's own version, as in its JSON.
    pub version: Option<String>,
    /// What loading the library reported (items left out, fixed up).
    pub problems: Vec<String>,
}

pub fn to_bytes(engine: &Engine, meta: &Meta) -> Vec<u8> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(FORMAT);
    w.u64(0); // the checksum, filled in below
    w.opt_str(meta.version.as_deref());
    w.strs(&meta.problems);
    engine.write_to(&mut w);
    let sum = checksum(&w.buf[HEADER..]);
    w.buf[12..HEADER].copy_from_slice(&sum.to_le_bytes());
    w.buf
}

pub fn from_bytes(bytes: &[u8]) -> Result<(Engine, Meta), DecodeError> {
    from_vec(bytes.to_vec())
}

/// `from_bytes` on bytes it may keep: the items stay in them, undecoded, until read.
pub fn from_vec(bytes: Vec<u8>) -> Result<(Engine, Meta), DecodeError> {
    let shared = Arc::new(bytes);
    let bytes = shared.as_slice();
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return Err(DecodeError("not a Handoff index snapshot".into()));
    }
    let mut r = Reader::shared(&shared);
    r.take(8)?;
    let format = r.u32()?;
    if format != FORMAT {
        return Err(DecodeError(format!("snapshot format {format}, this core reads {FORMAT}")));
    }
    if r.u64()? != checksum(&bytes[HEADER..]) {
        return Err(DecodeError("snapshot checksum mismatch: corrupt".into()));
    }
    let meta = Meta { version: r.opt_string()?, problems: r.strings()? };
    let engine = Engine::read_from(&mut r)?;
    if !r.is_done() {
        return Err(DecodeError("trailing bytes after the snapshot".into()));
    }
    Ok((engine, meta))
}

/// Four independent multiply-rotate lanes over 8-byte words, folded with the Fx hash: a lane
/// step is a bijection of its state, so a changed or missing word always changes the sum, and
/// four lanes run about four times faster than one chain (tens of megabytes on every wake, in
/// wasm code not yet optimized). Not meant against tampering: the bytes are ours.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes = [1u64, 2, 3, 4];
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        for (lane, word) in lanes.iter_mut().zip(block.chunks_exact(8)) {
            *lane = (lane.rotate_left(23) ^ u64::from_le_bytes(word.try_into().expect("8 bytes"))).wrapping_mul(K);
        }
    }
    let mut h = FxHasher::default();
    for lane in lanes {
        h.write_u64(lane);
    }
    h.write(blocks.remainder());
    h.write_usize(bytes.len());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Library, PageContext, Request};

    const LIB: &str = r#"{"version":"42","items":[
        {"id":"gov-sec","title":"FedRAMP security package","kind":"one-pager","status":"approved","verticals":["government"],"stages":["evaluation"],"tags":["security","fedramp"],"body":"Hi {{first_name}}, our FedRAMP package.","url":"https://x.example/fedramp","owner":"mk@x"},
        {"id":"hc-baa","title":"HIPAA BAA template","kind":"email-template","status":"approved","verticals":["healthcare"],"stages":["negotiation"],"tags":["hipaa","baa"],"summary":"Business associate agreement","body":"Attached is our BAA.","updated":"2026-01-01T00:00:00Z"},
        {"id":"bc-docuflow","title":"Northwind vs DocuFlow battlecard","kind":"battlecard","status":"approved","tags":["docuflow","competitor"],"body":"Where we win against DocuFlow."},
        {"id":"old","title":"Old pricing sheet","status":"retired","body":"pricing 2019"},
        {"id":"exp","title":"Pricing promo","status":"approved","expires":"2026-02-01","body":"promo pricing for county records"},
        {"id":"bad","title":"","status":"approved"}
    ],"taxonomy":{"verticals":[{"id":"space","label":"Space","synonyms":["Aerospace"]}]}}"#;

    fn engine() -> (Engine, Meta) {
        let lib = Library::from_json(LIB).unwrap();
        let meta = Meta { version: lib.version.clone(), problems: lib.problems.iter().map(ToString::to_string).collect() };
        (Engine::new(lib), meta)
    }

    fn contexts() -> Vec<PageContext> {
        let ctx = |json: &str| serde_json::from_str::<PageContext>(json).unwrap();
        vec![
            PageContext::default(),
            ctx(r#"{"vertical":"government","stage":"evaluation","text":"Can you send your FedRAMP security documentation?"}"#),
            ctx(r#"{"vertical":"Hospital & Health Care","text":"legal needs your BAA before we sign; also how do you compare to DocuFlow"}"#),
            ctx(r#"{"vertical":"Aerospace","text":"county records pricing"}"#),
        ]
    }

    #[test]
    fn a_restored_engine_suggests_exactly_what_the_built_one_does() {
        let (built, meta) = engine();
        let bytes = to_bytes(&built, &meta);
        let (restored, meta2) = from_bytes(&bytes).unwrap();
        assert_eq!(meta2, meta);
        assert_eq!(meta2.version.as_deref(), Some("42"));
        assert!(!meta2.problems.is_empty(), "the bad item's problem survives");
        assert_eq!(restored.items(), built.items(), "items, unknown fields included");
        assert_eq!(to_bytes(&restored, &meta2), bytes, "the same engine gives the same bytes");
        for ctx in contexts() {
            for query in [None, Some("fedramp"), Some("fedrmp"), Some("b"), Some("hipaa baa"), Some("docu"), Some("xqzv"), Some("pricing ")] {
                for now in [0, 1_800_000_000] {
                    let req = Request { context: &ctx, query, top: 5, now, rep: Some("Sam Rivera") };
                    assert_eq!(restored.suggest(&req), built.suggest(&req), "context {ctx:?}, query {query:?}");
                }
            }
        }
        assert_eq!(restored.taxonomy().map_vertical("Aerospace"), Some("space"));
    }

    #[test]
    fn the_demo_library_round_trips() {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/library.json")).unwrap();
        let built = Engine::new(Library::from_json(&json).unwrap());
        let (restored, _) = from_bytes(&to_bytes(&built, &Meta::default())).unwrap();
        for ctx in contexts() {
            for query in [None, Some("security"), Some("case stu"), Some("hipa")] {
                let req = Request { context: &ctx, query, top: 5, now: 1_780_000_000, rep: None };
                assert_eq!(restored.suggest(&req), built.suggest(&req), "context {ctx:?}, query {query:?}");
            }
        }
    }

    #[test]
    fn what_is_written_changes_only_with_the_format_number() {
        // A change to the bytes (their layout, or what the build derives) must come with a new
        // FORMAT, or a saved snapshot would be read as what it is not: update both together.
        let (built, meta) = engine();
        let bytes = to_bytes(&built, &meta);
        assert_eq!((FORMAT, format!("{:016x}", checksum(&bytes[HEADER..]))), (17, "5bd0fd71c7c2f66e".to_string()));
    }

    #[test]
    fn bad_bytes_are_a_clear_error_never_a_panic() {
        let (built, meta) = engine();
        let bytes = to_bytes(&built, &meta);
        let err = |b: &[u8]| from_bytes(b).err().map(|e| e.0).unwrap_or_default();
        assert!(err(b"").contains("not a Handoff"));
        assert!(err(b"{\"items\":[]}").contains("not a Handoff"));
        for cut in [HEADER, HEADER + 1, bytes.len() / 2, bytes.len() - 1] {
            assert!(!err(&bytes[..cut]).is_empty(), "truncated at {cut}");
        }
        let mut other = bytes.clone();
        other[8..12].copy_from_slice(&(FORMAT + 1).to_le_bytes());
        assert!(err(&other).contains("format"));
        for at in [HEADER, HEADER + 7, bytes.len() / 3, bytes.len() - 1] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x20;
            assert!(err(&flipped).contains("checksum"), "a flipped bit at {at}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(!err(&longer).is_empty());
    }

    #[test]
    fn corrupt_bytes_with_a_valid_checksum_are_refused_too() {
        // A writer bug, not the disk: the checksum matches, the content does not hold together.
        let (built, meta) = engine();
        let bytes = to_bytes(&built, &meta);
        for at in (HEADER..bytes.len()).step_by(7) {
            let mut bad = bytes.clone();
            bad[at] = bad[at].wrapping_add(0x41);
            let sum = checksum(&bad[HEADER..]);
            bad[12..HEADER].copy_from_slice(&sum.to_le_bytes());
            // Either refused, or read into an engine that still ranks without panicking.
            if let Ok((e, _)) = from_bytes(&bad) {
                for ctx in contexts() {
                    e.suggest(&Request { context: &ctx, query: Some("pricing"), top: 5, now: 0, rep: None });
                }
            }
        }
    }
}
