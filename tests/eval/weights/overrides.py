"""Makes the ranker's weights in crates/core/src/rank.rs readable from K_<NAME> environment
variables, for a scratch build that search.mjs drives. Never committed applied: run, build,
search, then `git checkout crates/core/src/rank.rs`."""
import pathlib, re

NAMES = ["W_VERTICAL", "W_STAGE", "W_TEXT", "ANSWERS", "W_ANSWER", "W_ANSWER_FIT", "W_ANSWER_TEXT", "W_PARTIAL",
         "W_LIKE", "ASK_COVERAGE", "TITLED_COVERAGE", "TEXT_K", "OTHER_ASK_MARGIN", "MIN_TEXT_FIT"]
path = pathlib.Path(__file__).resolve().parents[3] / "crates/core/src/rank.rs"
src = path.read_text()
for name in NAMES:
    m = re.search(r"const " + name + r": f32 = ([0-9.]+);", src)
    assert m, f"{name} not found as a const in rank.rs"
    src = src.replace(m.group(0), f'static {name}: std::sync::LazyLock<f32> = std::sync::LazyLock::new(|| '
                      f'std::env::var("K_{name}").ok().and_then(|v| v.parse().ok()).unwrap_or({m.group(1)}));')
    src = "\n".join(line if line.startswith(f"static {name}:") else re.sub(r"(?<![A-Za-z_*])" + name + r"(?![A-Za-z_])", f"(*{name})", line)
                    for line in src.split("\n"))
path.write_text(src)
print(f"{path}: {len(NAMES)} weights read from K_<NAME>")
