//! Handoff's core: the library, the taxonomy, the page context and the ranking engine.
//! Pure Rust with no I/O, shared by the CLI, the sync server, the benchmarks and the
//! browser (through the wasm crate).

pub mod ask;
mod bytes;
pub mod context;
pub mod deal;
pub mod events;
pub mod evidence;
mod fields;
pub mod flat;
mod fxhash;
pub mod import;
pub mod index;
pub mod industries;
pub mod items;
pub mod language;
pub mod lexicon;
pub mod library;
pub mod outbox;
pub mod rank;
pub mod sites;
pub mod size;
pub mod snapshot;
pub mod sort;
pub mod stats;
pub mod sync;
pub mod taxonomy;
pub mod template;
pub mod text;
pub mod thread;
pub mod time;

pub use bytes::DecodeError;
pub use context::{resolve, PageContext};
pub use library::{Item, Library, Problem, Severity, Status};
pub use rank::{Engine, Request, Suggestion};
pub use taxonomy::Taxonomy;
