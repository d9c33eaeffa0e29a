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
/// is ready for one (so it also ends idle keep-alive connections), and then its body (at most
/// 1 MB: 100 KB/s at the least).
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
        let conn = http1::Builder::new().timer(TokioTimer::new()).header_read_timeout(read_timeout).serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
        });
    }
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
}

/// Gives the request's body `timeout` to arrive whole; a read past it fails, and the extractor
/// reading the body answers 400.
async fn body_deadline(timeout: Duration, req: Request, next: Next) -> Response {
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
