//! The library's items as the engine holds them. After a build, every item is decoded; after
//! an index snapshot is read back, each stays in its encoded bytes until something reads it:
//! a suggestion reads a few hundred items of ten thousand, and decoding them all (a dozen
//! strings each) was most of a woken worker's wait for its first answer.
//!
//! What ranking reads of every item (id, status) is kept decoded beside them.

use crate::bytes::{DecodeError, Decoded, Reader, SharedBytes, Writer};
use crate::flat::check_starts;
use crate::library::{Item, Status};
use std::fmt;
use std::sync::OnceLock;

pub struct Items {
    store: Store,
    ids: Vec<String>,
    status: Vec<Status>,
}

enum Store {
    Decoded(Vec<Item>),
    /// Item `i` is `bytes[starts[i]..starts[i + 1]]` in `Item::write_to`'s form.
    Encoded {
        bytes: SharedBytes,
        starts: Vec<u32>,
        cells: Box<[OnceLock<Box<Item>>]>,
    },
}

impl Items {
    pub fn new(items: Vec<Item>) -> Items {
        Items { ids: items.iter().map(|i| i.id.clone()).collect(), status: items.iter().map(|i| i.status).collect(), store: Store::Decoded(items) }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn id(&self, i: usize) -> &str {
        &self.ids[i]
    }

    pub fn status(&self, i: usize) -> Status {
        self.status[i]
    }

    pub fn get(&self, i: usize) -> &Item {
        match &self.store {
            Store::Decoded(items) => &items[i],
            Store::Encoded { bytes, starts, cells } => cells[i].get_or_init(|| {
                let mut r = Reader::new(&bytes[starts[i] as usize..starts[i + 1] as usize]);
                let item = Item::read_from(&mut r).ok().filter(|item| r.is_done() && item.id == self.ids[i] && item.status == self.status[i]);
                Box::new(item.unwrap_or_else(|| self.unreadable(i)))
            }),
        }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Item> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The items' bytes, where each starts, and each one's status.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        match &self.store {
            Store::Decoded(items) => {
                let mut starts = Vec::with_capacity(items.len() + 1);
                let mut all = Writer::default();
                for item in items {
                    starts.push(all.buf.len() as u32);
                    item.write_to(&mut all);
                }
                starts.push(all.buf.len() as u32);
                w.bytes(&all.buf);
                w.u32s(&starts);
            }
            // The same bytes as when they were saved: nothing to decode.
            Store::Encoded { bytes, starts, .. } => {
                w.bytes(bytes);
                w.u32s(starts);
            }
        }
        w.buf.extend(self.status.iter().map(|&s| s as u8));
    }

    /// `n` items as `write_to` wrote them. What ranking reads of every item (its id, its status)
    /// is read and checked now; the rest of an item when something first reads it.
    pub(crate) fn read_from(r: &mut Reader, n: usize) -> Decoded<Items> {
        let bytes = r.shared_bytes()?;
        let starts = r.u32s()?;
        let status_bytes = r.take(n)?;
        if starts.len() != n + 1 {
            return Err(DecodeError(format!("items: {} offsets for {n} items", starts.len())));
        }
        check_starts(&starts, bytes.len(), "items")?;
        let ids = starts.windows(2).map(|w| Reader::new(&bytes[w[0] as usize..w[1] as usize]).string()).collect::<Decoded<Vec<String>>>()?;
        let status = ids.iter().zip(status_bytes).map(|(id, &b)| Item::status_from(b, id)).collect::<Decoded<Vec<Status>>>()?;
        let cells = (0..n).map(|_| OnceLock::new()).collect();
        Ok(Items { store: Store::Encoded { bytes, starts, cells }, ids, status })
    }

    /// An item whose saved bytes do not decode (only a writer's bug makes one: the snapshot's
    /// checksum matched): a card that says so, rather than a panic.
    fn unreadable(&self, i: usize) -> Item {
        Item::new(&self.ids[i], "(unreadable in the saved index)", self.status[i])
    }
}

impl std::ops::Index<usize> for Items {
    type Output = Item;
    fn index(&self, i: usize) -> &Item {
        self.get(i)
    }
}

impl PartialEq for Items {
    fn eq(&self, other: &Items) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl fmt::Debug for Items {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Library;

    fn library() -> Vec<Item> {
        Library::from_json(
            r#"{"items":[
            {"id":"a","title":"Épreuve FedRAMP","status":"approved","verticals":["government"],"tags":["fedramp"],"expires":"2030-01-01","owner":{"team":"gov"}},
            {"id":"b","title":"BAA","kind":"snippet","status":"draft","body":"Hi {{first_name}}","updated":"2026-01-01T00:00:00Z"},
            {"id":"c","title":"Retired sheet","status":"retired","stages":["proposal","negotiation"],"url":"https://x.example/c"}]}"#,
        )
        .unwrap()
        .items
    }

    fn encoded(items: &Items) -> Vec<u8> {
        let mut w = Writer::default();
        items.write_to(&mut w);
        w.buf
    }

    #[test]
    fn encoded_items_read_back_one_by_one_as_they_were() {
        let built = Items::new(library());
        let bytes = encoded(&built);
        let lazy = Items::read_from(&mut Reader::new(&bytes), 3).unwrap();
        assert_eq!((lazy.id(1), lazy.status(1), lazy.status(2)), ("b", Status::Draft, Status::Retired));
        assert_eq!(lazy[2], built[2], "one item, read alone");
        assert_eq!(lazy, built, "every item, unknown fields included");
        assert_eq!(encoded(&lazy), bytes, "written back unchanged");
    }

    #[test]
    fn items_read_from_a_shared_buffer_stay_in_it() {
        let built = Items::new(library());
        let buf = std::sync::Arc::new(encoded(&built));
        let lazy = Items::read_from(&mut Reader::shared(&buf), 3).unwrap();
        let Store::Encoded { bytes, .. } = &lazy.store else { panic!("read items are encoded") };
        assert!(buf.as_ptr_range().contains(&bytes.as_ptr()), "the items point into the buffer, not a copy");
        assert_eq!(std::sync::Arc::strong_count(&buf), 2);
        assert_eq!(lazy, built);
    }

    #[test]
    fn broken_structure_is_refused_and_a_broken_item_never_panics() {
        let bytes = encoded(&Items::new(library()));
        let read = |b: &[u8]| Items::read_from(&mut Reader::new(b), 3);
        for cut in 0..bytes.len() {
            assert!(read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad = bytes.clone();
        *bad.last_mut().unwrap() = 7;
        assert!(read(&bad).is_err(), "an unknown status");
        let mut bad = bytes.clone();
        let at = bad.len() - 3 - 3 * 4; // where the second item starts
        bad[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(read(&bad).is_err(), "offsets out of order");
        // Bytes that hold together but do not decode: invalid UTF-8 in a title, unknown fields
        // that are not a JSON object. The item reads as unreadable, the others as they were.
        for (find, by) in [("Ép".as_bytes(), 0xff), (b"{\"owne".as_slice(), b'[')] {
            let mut bad = bytes.clone();
            bad[bytes.windows(find.len()).position(|w| w == find).unwrap()] = by;
            let items = read(&bad).unwrap();
            assert_eq!((items[0].id.as_str(), items[0].title.as_str()), ("a", "(unreadable in the saved index)"));
            assert_eq!(items[1].title, "BAA");
        }
    }
}
