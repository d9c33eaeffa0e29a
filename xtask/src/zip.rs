//! A minimal ZIP writer (deflate, no extras) for the store upload, and gzip sizing.

use flate2::write::{DeflateEncoder, GzEncoder};
use flate2::{Compression, Crc};
use std::io::Write;
use std::path::Path;

pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes).and_then(|_| gz.finish()).map_or(0, |v| v.len())
}

fn files(dir: &Path, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir).map_err(|e| e.to_string())?.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            files(&e.path(), &format!("{name}/"), out)?;
        } else if name.ends_with(".d.ts") {
            // wasm-bindgen's type declarations stay in dist/ for tsc; the browser never loads them.
            continue;
        } else {
            out.push((name, std::fs::read(e.path()).map_err(|e| e.to_string())?));
        }
    }
    Ok(())
}

/// Zips every file below `dir` (paths relative to it, sorted: reproducible). Returns the file count.
pub fn write_dir(dir: &Path, zip_path: &Path) -> Result<usize, String> {
    let mut list = Vec::new();
    files(dir, "", &mut list)?;
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for (name, data) in &list {
        let mut crc = Crc::new();
        crc.update(data);
        let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
        enc.write_all(data).map_err(|e| e.to_string())?;
        let packed = enc.finish().map_err(|e| e.to_string())?;
        let offset = out.len() as u32;
        // Fixed DOS time 1980-01-01 00:00 keeps the archive byte-for-byte reproducible.
        let header = |sig: u32, central_entry: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central_entry {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0x0800u16.to_le_bytes()); // UTF-8 names
            h.extend(8u16.to_le_bytes()); // deflate
            h.extend(0u16.to_le_bytes());
            h.extend(0x0021u16.to_le_bytes());
            h.extend(crc.sum().to_le_bytes());
            h.extend((packed.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central_entry {
                h.extend([0u8; 6]); // comment len, disk, internal attrs
                h.extend(0u32.to_le_bytes()); // external attrs
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&packed);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((list.len() as u16).to_le_bytes());
    out.extend((list.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    std::fs::write(zip_path, out).map_err(|e| format!("{}: {e}", zip_path.display()))?;
    Ok(list.len())
}
