//! The OpenAPI document, from the route table and the Rust types each route reads and
//! answers: a field added to an answer's struct is in the document, with no second copy.

use crate::api::{Role, ROUTES};
use crate::error::ErrorBody;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Map, Value};

/// What one route reads and answers, filled by the route's `spec` function.
pub struct Spec<'g> {
    gen: &'g mut SchemaGenerator,
    parameters: Vec<Value>,
    body: Map<String, Value>,
    answers: Map<String, Value>,
}

impl Spec<'_> {
    /// Query parameters: the fields of `T` (all optional, as the handlers read them).
    pub fn query<T: JsonSchema>(&mut self) -> &mut Self {
        let schema = schemars::schema_for!(T);
        let props = schema.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
        for (name, mut s) in props {
            // Optional strings are written `["string", "null"]`; a query value is never null.
            if let Some(t) = s.get("type").and_then(Value::as_array).and_then(|t| t.iter().find(|x| *x != "null").cloned()) {
                s["type"] = t;
            }
            self.parameters.push(json!({ "name": name, "in": "query", "required": false, "schema": s }));
        }
        self
    }

    /// A JSON request body of type `T`.
    pub fn json<T: JsonSchema>(&mut self) -> &mut Self {
        let schema = self.gen.subschema_for::<T>();
        self.body.insert("application/json".into(), json!({ "schema": schema }));
        self
    }

    /// A request body in another media type, described by a plain schema.
    pub fn body(&mut self, media: &str, schema: Value) -> &mut Self {
        self.body.insert(media.into(), json!({ "schema": schema }));
        self
    }

    /// A form post (`application/x-www-form-urlencoded`) with the fields of `T`.
    pub fn form<T: JsonSchema>(&mut self) -> &mut Self {
        let schema = schemars::schema_for!(T).to_value();
        self.body(
            "application/x-www-form-urlencoded",
            json!({ "type": "object", "properties": schema.get("properties").cloned().unwrap_or(json!({})), "required": schema.get("required").cloned().unwrap_or(json!([])) }),
        )
    }

    /// A JSON answer of type `T` with this status.
    pub fn ok<T: JsonSchema>(&mut self, status: u16) -> &mut Self {
        let schema = self.gen.subschema_for::<T>();
        self.answer(status, "OK", "application/json", Some(json!(schema)))
    }

    /// An answer in any media type; `schema` None for an empty or free-form body.
    pub fn answer(&mut self, status: u16, description: &str, media: &str, schema: Option<Value>) -> &mut Self {
        let entry = self.answers.entry(status.to_string()).or_insert_with(|| json!({ "description": description, "content": {} }));
        entry["content"][media] = json!({ "schema": schema.unwrap_or(json!({})) });
        self
    }

    /// An answer without a body (a redirect, 304).
    pub fn empty(&mut self, status: u16, description: &str) -> &mut Self {
        self.answers.insert(status.to_string(), json!({ "description": description }));
        self
    }

    /// Error answers, each in the one error shape `{"error": "..."}`.
    pub fn errors(&mut self, statuses: &[u16]) -> &mut Self {
        let schema = json!(self.gen.subschema_for::<ErrorBody>());
        for &s in statuses {
            let why = match s {
                400 => "The request is malformed or breaks a rule (the message says which)",
                401 => "No token, or an unknown, rotated or revoked one",
                403 => "The token's role may not do this (admins only), or the form's CSRF field is wrong",
                404 => "No such thing in your org",
                409 => "Conflicts with the current state",
                410 => "Used up or expired",
                413 => "The body is too large",
                415 => "The body's media type is not one this route reads",
                503 => "The database is busy: retry after the Retry-After header",
                _ => "Error",
            };
            self.answer(s, why, "application/json", Some(schema.clone()));
        }
        self
    }
}

/// The whole document. Every route answers 405 on other methods and 404 elsewhere, which
/// OpenAPI leaves implicit.
pub fn openapi() -> Value {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "#/components/schemas/".into();
    let mut gen = settings.into_generator();
    let mut paths = Map::new();
    for r in ROUTES {
        let mut spec = Spec { gen: &mut gen, parameters: Vec::new(), body: Map::new(), answers: Map::new() };
        (r.spec)(&mut spec);
        let (parameters, body, mut answers) = (spec.parameters, spec.body, spec.answers);
        let security = match r.role {
            Role::None => json!([]),
            Role::Session => json!([{ "session": [] }]),
            Role::Rep | Role::Admin => json!([{ "bearer": [] }, { "basic": [] }]),
        };
        if r.role != Role::None {
            let mut extra = Spec { gen: &mut gen, parameters: Vec::new(), body: Map::new(), answers: Map::new() };
            extra.errors(if r.role == Role::Session { &[] } else { &[401] });
            if r.role == Role::Admin {
                extra.errors(&[403]);
            }
            answers.extend(extra.answers);
        }
        let mut op = json!({ "summary": r.summary, "security": security, "x-handoff-role": r.role.name(), "responses": answers });
        let mut params = parameters;
        for name in r.path.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(n, _)| n) {
            params.push(json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }));
        }
        if !params.is_empty() {
            op["parameters"] = json!(params);
        }
        if !body.is_empty() {
            op["requestBody"] = json!({ "required": true, "content": body });
        }
        let entry = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        entry[r.method] = op;
    }
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Handoff sync API", "version": "1" },
        "paths": paths,
        "components": {
            "schemas": gen.take_definitions(true),
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer" },
                "basic": { "type": "http", "scheme": "basic", "description": "Segment style: the token as user name, empty password" },
                "session": { "type": "apiKey", "in": "cookie", "name": "handoff_session" } } }
    })
}
