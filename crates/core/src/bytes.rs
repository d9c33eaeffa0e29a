//! A minimal little-endian binary codec for the index snapshot (`snapshot.rs`): hand-written so
//! the wasm carries no serialization framework. Every read is bounds-checked: bytes from disk
//! may be truncated or corrupt, and that must be an error, never a panic or a huge allocation.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DecodeError {}

pub type Decoded<T> = Result<T, DecodeError>;

/// A range of a buffer others hold too: a loaded snapshot's items stay in the snapshot's own
/// bytes, so a wake copies megabytes (and touches fresh memory) once, not twice.
#[derive(Clone)]
pub struct SharedBytes {
    buf: Arc<Vec<u8>>,
    start: usize,
    end: usize,
}

impl Deref for SharedBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[self.start..self.end]
    }
}

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.u32(v.to_bits());
    }
    pub fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("a snapshot part under 4 G entries"));
    }
    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    pub fn strs<S: AsRef<str>>(&mut self, v: &[S]) {
        self.len(v.len());
        for s in v {
            self.str(s.as_ref());
        }
    }
    /// An optional timestamp in 8 bytes: `i64::MIN`, which no date parses to, is none.
    pub fn opt_i64(&mut self, v: Option<i64>) {
        self.u64(v.unwrap_or(i64::MIN) as u64);
    }
    pub fn bytes(&mut self, v: &[u8]) {
        self.len(v.len());
        self.buf.extend_from_slice(v);
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for &x in v {
            self.u32(x);
        }
    }
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The buffer `bytes` is, when it is shared: `shared_bytes` then points into it.
    owner: Option<&'a Arc<Vec<u8>>>,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0, owner: None }
    }

    /// A reader whose `shared_bytes` keep pointing into `buf` instead of copying out of it.
    pub fn shared(buf: &'a Arc<Vec<u8>>) -> Reader<'a> {
        Reader { bytes: buf, at: 0, owner: Some(buf) }
    }

    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn take(&mut self, n: usize) -> Decoded<&'a [u8]> {
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| DecodeError(format!("truncated at byte {} (wanted {n} more)", self.at)))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    pub fn u8(&mut self) -> Decoded<u8> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Decoded<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    pub fn u64(&mut self) -> Decoded<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    pub fn f32(&mut self) -> Decoded<f32> {
        Ok(f32::from_bits(self.u32()?))
    }
    /// A count of entries of at least `min_size` bytes each: checked against what is left,
    /// so a corrupt count cannot make a reader allocate gigabytes.
    pub fn len(&mut self, min_size: usize) -> Decoded<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size.max(1)) > self.bytes.len() - self.at {
            return Err(DecodeError(format!("a count of {n} at byte {} runs past the end", self.at - 4)));
        }
        Ok(n)
    }
    pub fn bytes(&mut self) -> Decoded<&'a [u8]> {
        let n = self.len(1)?;
        self.take(n)
    }
    /// What `bytes` reads, kept without a copy when the reader was made by `shared`.
    pub fn shared_bytes(&mut self) -> Decoded<SharedBytes> {
        let n = self.len(1)?;
        let start = self.at;
        let slice = self.take(n)?;
        Ok(match self.owner {
            Some(buf) => SharedBytes { buf: Arc::clone(buf), start, end: start + n },
            None => SharedBytes { buf: Arc::new(slice.to_vec()), start: 0, end: n },
        })
    }
    pub fn str(&mut self) -> Decoded<&'a str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| DecodeError(format!("invalid UTF-8 before byte {}", self.at)))
    }
    pub fn string(&mut self) -> Decoded<String> {
        self.str().map(String::from)
    }
    pub fn opt_string(&mut self) -> Decoded<Option<String>> {
        match self.u8()? {
            0 => Ok(None),
            1 => self.string().map(Some),
            b => Err(DecodeError(format!("bad option tag {b} at byte {}", self.at - 1))),
        }
    }
    pub fn strings(&mut self) -> Decoded<Vec<String>> {
        let n = self.len(4)?;
        (0..n).map(|_| self.string()).collect()
    }
    pub fn u32s(&mut self) -> Decoded<Vec<u32>> {
        let n = self.len(4)?;
        self.array(n, |c: &[u8; 4]| u32::from_le_bytes(*c))
    }
    /// `n` of `Writer::opt_i64`.
    pub fn opt_i64s(&mut self, n: usize) -> Decoded<Vec<Option<i64>>> {
        self.array(n, |b: &[u8; 8]| Some(i64::from_le_bytes(*b)).filter(|&t| t != i64::MIN))
    }
    /// `n` fixed-size entries read in one bounds check: per-entry calls are most of a load.
    pub fn array<T, const N: usize>(&mut self, n: usize, each: impl Fn(&[u8; N]) -> T) -> Decoded<Vec<T>> {
        let raw = self.take(n.checked_mul(N).ok_or_else(|| DecodeError("an array too long".into()))?)?;
        Ok(raw.chunks_exact(N).map(|c| each(c.try_into().expect("N bytes"))).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_truncation() {
        let mut w = Writer::default();
        w.str("héllo");
        w.opt_str(None);
        w.u32s(&[1, 2, 3]);
        w.f32(1.5);
        let mut r = Reader::new(&w.buf);
        assert_eq!(r.str().unwrap(), "héllo");
        assert_eq!(r.opt_string().unwrap(), None);
        assert_eq!(r.u32s().unwrap(), [1, 2, 3]);
        assert_eq!(r.f32().unwrap(), 1.5);
        assert!(r.is_done());
        for cut in 0..w.buf.len() {
            let mut r = Reader::new(&w.buf[..cut]);
            let all = (|| -> Decoded<()> {
                r.str()?;
                r.opt_string()?;
                r.u32s()?;
                r.f32()?;
                Ok(())
            })();
            assert!(all.is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_corrupt_count_is_an_error_not_an_allocation() {
        let mut r = Reader::new(&[0xff, 0xff, 0xff, 0x7f, 1, 2]);
        assert!(r.u32s().is_err());
    }
}
