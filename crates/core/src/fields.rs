//! The pieces of the hand-written `Deserialize` impls of the types that keep unknown fields
//! (`Item`, `PageContext`). `#[serde(flatten)]` would buffer every field through serde's
//! private `Content` type, once per deserializer, which in wasm cost more than these types'
//! own code; a map visitor reads known keys into their fields and the rest into `extra`.

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::fmt;

/// Reads a map: the value of a known key through `field` (with the key's index in `names`, and
/// the name), any other key and value into the map returned.
pub(crate) fn read_map<'de, A: MapAccess<'de>>(
    mut map: A,
    names: &'static [&'static str],
    mut field: impl FnMut(usize, &'static str, &mut A) -> Result<(), A::Error>,
) -> Result<Map<String, Value>, A::Error> {
    let mut extra = Map::new();
    while let Some(key) = map.next_key_seed(Key(names))? {
        match key {
            Ok(i) => field(i, names[i], &mut map)?,
            Err(other) => {
                extra.insert(other, map.next_value()?);
            }
        }
    }
    Ok(extra)
}

/// A map key read as the index of a known field name, or the key itself when unknown.
struct Key(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Result<usize, String>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Result<usize, String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|n| *n == v).ok_or_else(|| v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|n| *n == v).ok_or(v))
    }
}

/// Reads the value of a known field into its slot; a field given twice is an error, as
/// the derived impls make it.
pub(crate) fn once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The value of a required field, or the derived impls' "missing field" error.
pub(crate) fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

#[cfg(test)]
mod tests {
    use crate::{Item, PageContext};

    #[test]
    fn unknown_fields_are_kept_and_written_back_in_the_same_bytes() {
        let json = r#"{"id":"a","title":"T","kind":"deck","status":"approved","expires":null,"owner":{"team":"mkt"},"zeta":[1,2.5,"x"]}"#;
        let item: Item = serde_json::from_str(json).unwrap();
        assert_eq!((item.expires.as_deref(), item.extra.len()), (None, 2));
        assert_eq!(
            serde_json::to_string(&item).unwrap(),
            r#"{"id":"a","title":"T","kind":"deck","status":"approved","owner":{"team":"mkt"},"zeta":[1,2.5,"x"]}"#
        );
        let ctx: PageContext =
            serde_json::from_str(r#"{"source":"gmail","contact":{"name":"Dana"},"raw":{"stage":"Won"},"thread_id":"t1","text":null}"#).unwrap();
        assert_eq!(serde_json::to_string(&ctx).unwrap(), r#"{"source":"gmail","contact":{"name":"Dana"},"raw":{"stage":"Won"},"thread_id":"t1"}"#);
    }

    #[test]
    fn errors_are_the_derived_impls_ones() {
        let err = |json: &str| serde_json::from_str::<Item>(json).unwrap_err().to_string();
        assert!(err(r#"{"id":"a","status":"approved"}"#).starts_with("missing field `title`"));
        assert!(err(r#"{"id":"a","title":"T","id":"b","status":"approved"}"#).starts_with("duplicate field `id`"));
        assert!(err(r#"{"id":"a","title":"T","kind":null,"status":"approved"}"#).starts_with("invalid type: null, expected a string"));
        assert!(err(r#"["a"]"#).starts_with("invalid type: sequence, expected struct Item"));
        let ctx = |json: &str| serde_json::from_str::<PageContext>(json).unwrap_err().to_string();
        assert!(ctx(r#"{"company":5}"#).starts_with("invalid type: integer `5`, expected a string"));
        assert!(ctx(r#"{"url":null,"url":"u"}"#).starts_with("duplicate field `url`"));
    }
}
