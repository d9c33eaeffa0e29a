//! Serving the router over HTTP/1.1 with time limits on reading requests. `axum::serve` gives
//! hyper no timer, so hyper's header read timeout never fires there: 200 connections that sent
//! half a request line and stalled were all still open 50 s later, each holding a socket and
//! a task. Here a connection that has not sent a whole head in time is closed, and a body that
//! has not fully arrived in time fails the request.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use http_body::Frame;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::net::TcpListener;

/// How long a client may take to send a request's line and headers, from when the connection
/// is ready for one (so it also ends idle keep-alive connections), and then its body (a library
/// upload longer, at 100 KB/s).
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long open requests may run on after shutdown is asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish.
pub async fn serve(listener: TcpListener, app: Router, read_timeout: Duration, shutdown: impl Future<Output = ()>) {
    let app = app.layer(axum::middleware::from_fn(move |req: Request, next: Next| body_deadline(read_timeout, req, next)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: wait instead of spinning.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers are small and written whole: do not let Nagle hold them back.
        let _ = stream.set_nodelay(true);
        let conn = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(read_timeout)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
        });
    }
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
}

/// The slowest a library upload may arrive: 64 MB gets 11 minutes.
const MIN_BYTES_PER_SEC: f64 = 100_000.0;
use crate::dashboard::{UPLOAD_LIMIT, UPLOAD_PATH};

/// Gives the request's body `timeout` to arrive whole (a library upload longer, by its declared
/// length at 100 KB/s); a read past it fails, and the extractor reading the body answers 400.
async fn body_deadline(timeout: Duration, req: Request, next: Next) -> Response {
    let declared = req.headers().get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    let upload = if req.uri().path() == UPLOAD_PATH { declared.min(UPLOAD_LIMIT as f64) } else { 0.0 };
    let timeout = timeout.max(Duration::from_secs_f64(upload / MIN_BYTES_PER_SEC));
    next.run(req.map(|body| Body::new(Deadline { body, deadline: Box::pin(tokio::time::sleep(timeout)) }))).await
}

struct Deadline {
    body: Body,
    deadline: Pin<Box<tokio::time::Sleep>>,
}

impl http_body::Body for Deadline {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        if self.deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(axum::Error::new("the request body did not arrive in time"))));
        }
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::post;
    use tower::ServiceExt;

    /// A body that sends `chunks` bytes one at a time, `gap` apart.
    struct Slow {
        chunks: usize,
        gap: Duration,
        wait: Option<Pin<Box<tokio::time::Sleep>>>,
    }

    impl http_body::Body for Slow {
        type Data = Bytes;
        type Error = std::convert::Infallible;
        fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            if self.chunks == 0 {
                return Poll::Ready(None);
            }
            let gap = self.gap;
            let wait = self.wait.get_or_insert_with(|| Box::pin(tokio::time::sleep(gap)));
            if wait.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            self.wait = None;
            self.chunks -= 1;
            Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"x")))))
        }
    }

    async fn send(path: &str, declared: Option<usize>) -> axum::http::StatusCode {
        let app = Router::new()
            .route(UPLOAD_PATH, post(|b: Bytes| async move { b.len().to_string() }))
            .route("/v1/events", post(|b: Bytes| async move { b.len().to_string() }))
            .layer(axum::middleware::from_fn(|req: Request, next: Next| body_deadline(Duration::from_millis(100), req, next)));
        let mut req = Request::post(path);
        if let Some(n) = declared {
            req = req.header("content-length", (n * 1_000_000).to_string());
        }
        let req = req.body(Body::new(Slow { chunks: 4, gap: Duration::from_millis(50), wait: None })).unwrap();
        app.oneshot(req).await.unwrap().status()
    }

    #[tokio::test]
    async fn a_body_gets_its_time_and_a_large_upload_more() {
        assert_eq!(send(UPLOAD_PATH, None).await, axum::http::StatusCode::BAD_REQUEST, "200 ms of body past a 100 ms deadline");
        // A declared 1 MB upload may take 10 s at 100 KB/s (the length is not checked here)…
        assert_ne!(send(UPLOAD_PATH, Some(1)).await, axum::http::StatusCode::BAD_REQUEST);
        // …but a declared length buys no time elsewhere (a slow client cannot hold a socket so).
        assert_eq!(send("/v1/events", Some(1)).await, axum::http::StatusCode::BAD_REQUEST);
    }
}
