//! A minimal HTTP/1.1 keep-alive client for the benches: no client library between the
//! measurement and the server.

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// POSTs `body` to `path` with a bearer token on a kept-alive connection; the answer's status.
/// An error means the connection broke (the server died): reconnect and send again.
pub async fn post(stream: &mut BufReader<TcpStream>, path: &str, token: &str, body: &str) -> std::io::Result<u16> {
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.get_mut().write_all(req.as_bytes()).await?;
    let mut status_line = String::new();
    if stream.read_line(&mut status_line).await? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let mut len = 0;
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().map_err(|_| std::io::Error::other("bad content-length"))?;
        }
    }
    let mut buf = vec![0; len];
    stream.read_exact(&mut buf).await?;
    status_line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| std::io::Error::other("bad status line"))
}
