//! The dashboard's markup, escaped by type: `html!` escapes every argument unless it is already
//! `Html`, so a value from the database cannot become markup because someone forgot to escape it.

use std::fmt::{self, Display, Formatter, Write};

/// Markup we trust: written in our own code, or built by `html!` (whose arguments were escaped).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Literal markup. Only `&'static str`: a string made at run time (user data) cannot be
    /// passed here by accident; it goes through `html!` and is escaped.
    pub fn raw(markup: &'static str) -> Html {
        Html(markup.to_string())
    }

    /// Appends `value`: text escaped, `Html` as it is.
    pub fn push(&mut self, value: impl Render) {
        value.render_to(&mut self.0);
    }

    /// `parts` one after another, `sep` between them.
    pub fn join(parts: impl IntoIterator<Item = Html>, sep: &'static str) -> Html {
        let mut out = Html::default();
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.0.push_str(sep);
            }
            out.0.push_str(&part.0);
        }
        out
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Only for `html!`, whose arguments are all wrapped in `Escaped`.
    #[doc(hidden)]
    pub fn from_escaped_args(args: fmt::Arguments<'_>) -> Html {
        Html(fmt::format(args))
    }
}

impl FromIterator<Html> for Html {
    fn from_iter<I: IntoIterator<Item = Html>>(parts: I) -> Html {
        Html::join(parts, "")
    }
}

impl axum::response::IntoResponse for Html {
    fn into_response(self) -> axum::response::Response {
        axum::response::Html(self.into_string()).into_response()
    }
}

/// A value as it appears in a page. Text is escaped; `Html` is written as it is.
pub trait Render {
    /// Writes `self` through `f`, keeping its format spec (`{:.1}`, `{:>8}`).
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result;

    fn render_to(&self, out: &mut String) {
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", Escaped(self));
    }
}

impl Render for Html {
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Render for str {
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // The spec applies to the text, before escaping, so an entity is never cut or counted.
        let text = match f.precision() {
            Some(n) => self.char_indices().nth(n).map_or(self, |(at, _)| &self[..at]),
            None => self,
        };
        let pad = f.width().map_or(0, |w| w.saturating_sub(text.chars().count()));
        let (before, after) = match f.align() {
            Some(fmt::Alignment::Right) => (pad, 0),
            Some(fmt::Alignment::Center) => (pad / 2, pad - pad / 2),
            _ => (0, pad),
        };
        let fill = f.fill();
        for _ in 0..before {
            f.write_char(fill)?;
        }
        escape(text, f)?;
        for _ in 0..after {
            f.write_char(fill)?;
        }
        Ok(())
    }
}

impl Render for String {
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.as_str().render(f)
    }
}

impl<T: Render + ?Sized> Render for &T {
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
        (**self).render(f)
    }
}

impl<T: Render> Render for Option<T> {
    fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.as_ref().map_or(Ok(()), |v| v.render(f))
    }
}

/// Numbers and booleans print no markup characters: their own `Display`, spec and all.
macro_rules! render_by_display {
    ($($t:ty),*) => {$(
        impl Render for $t {
            fn render(&self, f: &mut Formatter<'_>) -> fmt::Result {
                Display::fmt(self, f)
            }
        }
    )*};
}
render_by_display!(i32, i64, u32, u64, usize, f64, bool);

fn escape(text: &str, f: &mut Formatter<'_>) -> fmt::Result {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        f.write_str(&rest[..at])?;
        f.write_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        })?;
        rest = &rest[at + 1..];
    }
    f.write_str(rest)
}

/// An `html!` argument: formats as its `Render`.
#[doc(hidden)]
pub struct Escaped<'a, T: Render + ?Sized>(pub &'a T);

impl<T: Render + ?Sized> Display for Escaped<'_, T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.0.render(f)
    }
}

/// Whether every `{…}` in `template` is positional or one of `names`. A name captured from the
/// surrounding code (`{title}` with no `title = …`) would reach `format_args!` unescaped, so
/// `html!` refuses it at compile time.
#[doc(hidden)]
pub const fn only_given_names(template: &str, names: &[&str]) -> bool {
    let t = template.as_bytes();
    let mut i = 0;
    while i < t.len() {
        if t[i] == b'{' && i + 1 < t.len() && t[i + 1] == b'{' {
            i += 2;
            continue;
        }
        if t[i] == b'{' {
            let (start, mut end) = (i + 1, i + 1);
            while end < t.len() && t[end] != b':' && t[end] != b'}' {
                end += 1;
            }
            if start < end && !t[start].is_ascii_digit() && !is_listed(t, start, end, names) {
                return false;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    true
}

const fn is_listed(t: &[u8], start: usize, end: usize, names: &[&str]) -> bool {
    let mut n = 0;
    while n < names.len() {
        let name = names[n].as_bytes();
        if name.len() == end - start {
            let mut k = 0;
            while k < name.len() && name[k] == t[start + k] {
                k += 1;
            }
            if k == name.len() {
                return true;
            }
        }
        n += 1;
    }
    false
}

/// `format!` for markup: the template is a literal of our own (trusted); every argument is
/// rendered through `Render` (text escaped, `Html` inserted as markup). Named arguments are
/// written out (`html!("<b>{n}</b>", n = value)`): a name captured from scope is a compile error.
macro_rules! html {
    (@munch $t:literal [$($pos:expr,)*] [$($n:ident = $v:expr,)*] $name:ident = $val:expr $(, $($rest:tt)*)?) => {
        $crate::dashboard::html::html!(@munch $t [$($pos,)*] [$($n = $v,)* $name = $val,] $($($rest)*)?)
    };
    (@munch $t:literal [$($pos:expr,)*] [$($n:ident = $v:expr,)*] $arg:expr $(, $($rest:tt)*)?) => {
        $crate::dashboard::html::html!(@munch $t [$($pos,)* $arg,] [$($n = $v,)*] $($($rest)*)?)
    };
    (@munch $t:literal [$($pos:expr,)*] [$($n:ident = $v:expr,)*]) => {{
        const _: () = assert!(
            $crate::dashboard::html::only_given_names($t, &[$(stringify!($n)),*]),
            "html!: name every argument (a name captured from scope is not escaped)"
        );
        $crate::dashboard::html::Html::from_escaped_args(format_args!(
            $t,
            $($crate::dashboard::html::Escaped(&$pos),)*
            $($n = $crate::dashboard::html::Escaped(&$v),)*
        ))
    }};
    ($t:literal $(, $($rest:tt)*)?) => {
        $crate::dashboard::html::html!(@munch $t [] [] $($($rest)*)?)
    };
}
pub(crate) use html;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let hostile = "<script>alert(1)</script>\"onmouseover='x'&";
        let cell = html!("<td title=\"{}\">{}</td>", hostile, Html::raw("<b>bold</b>"));
        assert_eq!(cell.as_str(), "<td title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&#39;x&#39;&amp;\"><b>bold</b></td>");
        // Already escaped once, inserted as it is: not `&amp;lt;`.
        let row = html!("<tr>{}</tr>", cell);
        assert_eq!(row.as_str().matches("&lt;script").count(), 1);
        assert!(!row.as_str().contains("&amp;lt;"));
    }

    #[test]
    fn named_arguments_specs_and_options() {
        let name = String::from("a<b");
        let page = html!("{n}/{n} {:.1} {:>4}|{:.2}|{} {}{}", 2.345f64, "<", "éa&b", Some("x>"), None::<&str>, true, n = &name);
        assert_eq!(page.as_str(), "a&lt;b/a&lt;b 2.3    &lt;|éa|x&gt; true");
    }

    #[test]
    fn pushing_and_joining() {
        let mut h = Html::raw("<p>");
        h.push("1 < 2");
        h.push(Html::raw("</p>"));
        assert_eq!(h.as_str(), "<p>1 &lt; 2</p>");
        let joined = Html::join(["a", "<b>"].iter().map(|s| html!("<i>{}</i>", s)), "<br>");
        assert_eq!(joined.into_string(), "<i>a</i><br><i>&lt;b&gt;</i>");
        assert!(Html::default().is_empty());
    }

    #[test]
    fn only_written_out_names_pass() {
        assert!(only_given_names("{} {0} {:.1} {{x}} {n:>3}", &["n"]));
        assert!(!only_given_names("<b>{title}</b>", &[]));
        assert!(!only_given_names("{title}", &["tit"]));
    }
}
