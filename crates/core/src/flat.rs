//! Many short lists (or strings) kept as one buffer and where each begins. The index holds tens
//! of thousands of them (a posting list and a string per distinct word): as one allocation each
//! they are read back from a snapshot in one bounds-checked copy, not one allocation a list.

use crate::bytes::{DecodeError, Decoded, Reader, Writer};

/// Where each part begins in a buffer of `len`: `starts[i]..starts[i + 1]`, first 0, last `len`.
pub(crate) fn check_starts(starts: &[u32], len: usize, what: &str) -> Decoded<()> {
    if starts.first() == Some(&0) && starts.last() == Some(&(len as u32)) && starts.windows(2).all(|w| w[0] <= w[1]) {
        Ok(())
    } else {
        Err(DecodeError(format!("{what}: offsets out of order or out of range")))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lists<T> {
    all: Vec<T>,
    starts: Vec<u32>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists { all: Vec::new(), starts: vec![0] }
    }
}

impl<T: Copy> Lists<T> {
    pub fn from_vecs<L: AsRef<[T]>>(lists: impl IntoIterator<Item = L>) -> Lists<T> {
        let lists: Vec<L> = lists.into_iter().collect();
        // Sized once: grown by doubling, the buffer held up to three times its entries while
        // it moved, and wasm memory keeps a build's peak for the worker's life.
        let mut out = Lists { all: Vec::with_capacity(lists.iter().map(|l| l.as_ref().len()).sum()), starts: Vec::with_capacity(lists.len() + 1) };
        out.starts.push(0);
        for list in &lists {
            out.all.extend_from_slice(list.as_ref());
            out.starts.push(out.all.len() as u32);
        }
        out
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &[T]> + '_ {
        self.starts.windows(2).map(|w| &self.all[w[0] as usize..w[1] as usize])
    }

    /// Whether list `i` holds anything (without making its slice: ranking asks per item).
    #[inline]
    pub fn has(&self, i: usize) -> bool {
        self.starts[i] != self.starts[i + 1]
    }

    /// Every list's entries, one after the other.
    pub fn flat(&self) -> &[T] {
        &self.all
    }

    pub(crate) fn write_to(&self, w: &mut Writer, each: impl Fn(&mut Writer, &T)) {
        w.len(self.all.len());
        for x in &self.all {
            each(w, x);
        }
        w.u32s(&self.starts);
    }

    /// Entries of `N` bytes each, as `write_to` wrote them.
    pub(crate) fn read_from<const N: usize>(r: &mut Reader, each: impl Fn(&[u8; N]) -> T) -> Decoded<Lists<T>> {
        let n = r.len(N)?;
        let all = r.array(n, each)?;
        let starts = r.u32s()?;
        check_starts(&starts, all.len(), "lists")?;
        Ok(Lists { all, starts })
    }
}

impl Lists<u32> {
    /// The lists turned inside out: for each of `keys` values, the lists (by position, in
    /// order) that hold it. Built by counting, in two passes and one allocation.
    pub fn inverted(&self, keys: usize) -> Lists<u32> {
        let mut starts = vec![0u32; keys + 1];
        for &k in &self.all {
            starts[k as usize + 1] += 1;
        }
        for k in 0..keys {
            starts[k + 1] += starts[k];
        }
        let mut next = starts.clone();
        let mut all = vec![0u32; self.all.len()];
        for (i, list) in self.iter().enumerate() {
            for &k in list {
                all[next[k as usize] as usize] = i as u32;
                next[k as usize] += 1;
            }
        }
        Lists { all, starts }
    }
}

impl<T> std::ops::Index<usize> for Lists<T> {
    type Output = [T];
    #[inline]
    fn index(&self, i: usize) -> &[T] {
        &self.all[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// Strings as one text and where each begins.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    text: String,
    starts: Vec<u32>,
}

impl Default for Words {
    fn default() -> Self {
        Words { text: String::new(), starts: vec![0] }
    }
}

impl Words {
    pub fn from_strs<'a>(words: impl IntoIterator<Item = &'a str>) -> Words {
        let Lists { all, starts } = Lists::from_vecs(words.into_iter().map(str::as_bytes));
        Words { text: String::from_utf8(all).expect("strings joined are UTF-8"), starts }
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> &str {
        &self.text[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.starts.windows(2).map(|w| &self.text[w[0] as usize..w[1] as usize])
    }

    pub(crate) fn write_to(&self, w: &mut Writer) {
        w.str(&self.text);
        w.u32s(&self.starts);
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<Words> {
        let text = r.string()?;
        let starts = r.u32s()?;
        check_starts(&starts, text.len(), "words")?;
        // Every word must begin and end on a character, or slicing it would panic.
        if !starts.iter().all(|&s| text.is_char_boundary(s as usize)) {
            return Err(DecodeError("words: an offset inside a character".into()));
        }
        Ok(Words { text, starts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_lists_hold_each_key_s_lists_in_order() {
        let lists = Lists::from_vecs([vec![2u32, 0], vec![], vec![0, 3]]);
        let inv = lists.inverted(4);
        assert_eq!(inv.len(), 4);
        assert_eq!((&inv[0], &inv[1], &inv[2], &inv[3]), (&[0u32, 2][..], &[][..], &[0u32][..], &[2u32][..]));
        assert_eq!(Lists::<u32>::default().inverted(0).len(), 0);
    }

    #[test]
    fn lists_and_words_round_trip_and_refuse_bad_offsets() {
        let lists = Lists::from_vecs([vec![1u32, 2], vec![], vec![3]]);
        assert_eq!((lists.len(), &lists[0], &lists[1], &lists[2]), (3, &[1, 2][..], &[][..], &[3][..]));
        let words = Words::from_strs(["fédéral", "", "ramp"]);
        assert_eq!(words.iter().collect::<Vec<_>>(), ["fédéral", "", "ramp"]);
        let mut w = Writer::default();
        lists.write_to(&mut w, |w, &x| w.u32(x));
        words.write_to(&mut w);
        let mut r = Reader::new(&w.buf);
        assert_eq!(Lists::read_from(&mut r, |b: &[u8; 4]| u32::from_le_bytes(*b)).unwrap(), lists);
        assert_eq!(Words::read_from(&mut r).unwrap(), words);
        assert!(r.is_done());
        for cut in 0..w.buf.len() {
            let mut r = Reader::new(&w.buf[..cut]);
            let both = Lists::read_from(&mut r, |b: &[u8; 4]| u32::from_le_bytes(*b)).and_then(|_| Words::read_from(&mut r));
            assert!(both.is_err(), "cut at {cut}");
        }
        // "fé|déral": an offset inside "é".
        let mut bad = Writer::default();
        bad.str("fédéral");
        bad.u32s(&[0, 2, 8]);
        assert!(Words::read_from(&mut Reader::new(&bad.buf)).is_err());
        let mut bad = Writer::default();
        bad.len(2);
        bad.u32(1);
        bad.u32(2);
        bad.u32s(&[0, 2, 1, 2]);
        assert!(Lists::read_from(&mut Reader::new(&bad.buf), |b: &[u8; 4]| u32::from_le_bytes(*b)).is_err());
    }
}
