#![no_main]
// The body lives in crates/fuzz-targets, where the replay tests call it too.
libfuzzer_sys::fuzz_target!(|data: &[u8]| handoff_fuzz_targets::fuzz("import_csv", data));
