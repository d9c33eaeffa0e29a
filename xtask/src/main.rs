//! `cargo xtask dist`: builds the core for wasm32, runs the pinned wasm-bindgen CLI, shrinks
//! the module with binaryen's wasm-opt (from npm), assembles `dist/extension/` and a
//! store-ready zip, and prints the wasm size raw and gzipped. Installs the wasm target,
//! the wasm-bindgen CLI and the npm packages itself when they are missing.

mod sites;
mod tidy;
mod zip;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The `wasm-bindgen` version crates/wasm/Cargo.toml pins (`wasm-bindgen = "=X"`): the CLI
/// must be the very same, and that line is the one place it is written.
fn wasm_bindgen_pin(root: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(root.join("crates/wasm/Cargo.toml")).map_err(|e| format!("crates/wasm/Cargo.toml: {e}"))?;
    manifest
        .lines()
        .find_map(|l| l.trim().strip_prefix("wasm-bindgen = \"=").and_then(|v| v.strip_suffix('"')))
        .map(String::from)
        .ok_or_else(|| "crates/wasm/Cargo.toml pins no wasm-bindgen version (wasm-bindgen = \"=X\")".into())
}

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => dist(),
        Some("tidy") => root().and_then(|r| tidy::run(&r)),
        Some("wasm-size") => root().and_then(|r| report_size(&r.join("dist/extension/wasm/handoff_wasm_bg.wasm"))),
        _ => Err("usage: cargo xtask dist | tidy | wasm-size".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> Result<PathBuf> {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).ok_or_else(|| "no workspace root".into())
}

fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    cmd.output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

fn ensure_tools(root: &Path) -> Result {
    let targets = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        eprintln!("xtask: installing the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
            .map_err(|e| format!("{e}\n  install it by hand: rustup target add wasm32-unknown-unknown"))?;
    }
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    let pin = wasm_bindgen_pin(root)?;
    if !have.contains(&pin) {
        eprintln!("xtask: installing wasm-bindgen-cli {pin} (found: {:?}; takes 3-4 minutes once)", have.trim());
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &pin]))
            .map_err(|e| format!("{e}\n  install it by hand: cargo install wasm-bindgen-cli --version {pin}"))?;
    }
    if !root.join("node_modules/binaryen/package.json").exists() {
        eprintln!("xtask: installing npm packages from package-lock.json");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
            .map_err(|e| format!("{e}\n  needs Node.js 20+ and npm: apt-get install nodejs npm"))?;
    }
    Ok(())
}

fn dist() -> Result {
    let root = root()?;
    ensure_tools(&root)?;
    run(Command::new("cargo").args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "handoff-wasm"]).current_dir(&root))?;
    let out = root.join("dist/extension");
    if out.exists() {
        std::fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let wasm_dir = out.join("wasm");
    std::fs::create_dir_all(&wasm_dir).map_err(|e| e.to_string())?;
    let raw = root.join("target/wasm32-unknown-unknown/release/handoff_wasm.wasm");
    run(Command::new("wasm-bindgen").arg(&raw).args(["--target", "web", "--out-dir"]).arg(&wasm_dir))?;
    let bg = wasm_dir.join("handoff_wasm_bg.wasm");
    let opt = root.join("node_modules/.bin/wasm-opt");
    // -O3 measured no bigger than -Oz here and faster to run (docs/performance.md).
    run(Command::new(&opt)
        .arg(&bg)
        .args([
            "-O3",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
            "--enable-multivalue",
            "-o",
        ])
        .arg(&bg))?;

    copy(&root.join("manifest.json"), &out.join("manifest.json"))?;
    copy_dir(&root.join("extension"), &out)?;
    sites::write(&root, &out)?;
    copy(&root.join("demo/library.json"), &out.join("library/demo.json"))?;

    let zip_path = root.join("dist/handoff-extension.zip");
    let files = zip::write_dir(&out, &zip_path)?;
    println!("dist: {} ({} files), {}", out.display(), files, zip_path.display());
    report_size(&bg)
}

fn report_size(wasm: &Path) -> Result {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let gz = zip::gzip_len(&bytes);
    println!("wasm: {} bytes raw, {} bytes gzipped ({:.0} KB / {:.0} KB)", bytes.len(), gz, bytes.len() as f64 / 1024.0, gz as f64 / 1024.0);
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("copy {} → {}: {e}", from.display(), to.display()))
}

/// Sources the build reads but the browser never loads: the site table (written into
/// content/site-table.js) and type declarations (for tsc).
fn build_input(name: &str) -> bool {
    name == "sites.json" || name.ends_with(".d.ts")
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if build_input(&entry.file_name().to_string_lossy()) {
            continue;
        }
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            copy(&path, &dest)?;
        }
    }
    Ok(())
}
