//! `text_prefix` reads only the start of an element's text: cleaned to the same length, it
//! must equal the cleaned whole text, for every element of every fixture page.

use handoff_readers::dom::Document;

fn clean(text: &str, max_chars: usize) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(max_chars).collect()
}

#[test]
fn a_prefix_cleans_to_what_the_whole_text_cleans_to() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages");
    let pages: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures")
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    assert!(pages.len() > 20, "{} pages", pages.len());
    let mut nested = Document::parse(&format!("{}x{}", "<span title=a@b.co>\u{e9}t\u{e9} ".repeat(500), "</span>".repeat(500)));
    for page in pages
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("page"))
        .map(|h| Document::parse(&h))
        .chain(std::iter::once(std::mem::replace(&mut nested, Document::parse(""))))
    {
        for n in 0..page.len() {
            let whole = page.text(n);
            for max in [0, 1, 7, 80, 300] {
                assert_eq!(clean(&page.text_prefix(n, max), max), clean(&whole, max), "node {n}, {max} characters");
            }
        }
    }
}
