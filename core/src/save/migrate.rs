//! Bringing assessment files of older schemas up to the current one, one step at a time, on the
//! JSON value before it is read into typed data. Each step is a pure function with its own test
//! and fixture; the typed reading that follows stays as strict as for a current file, so a step
//! never has to guess: anything it does not know how to carry over is refused with a message.
//!
//! Schemas:
//! - 0: files written before the format carried a schema number (pre-release drafts). The fields
//!   are those of schema 1. Such a file has no `"schema"` or `"schema": 0`.
//! - 1: the first numbered schema.
//! - 2: the current schema (see [`crate::save`]): adds `uid` and `to_review`, both optional.
//!
//! To add schema 3: write `fn v2_to_v3(Value) -> Result<Value, Problem>`, add it to [`STEPS`],
//! raise [`crate::save::SCHEMA`], and add a fixture `tests/fixtures/schema2-*.json` that must still
//! read.

use serde_json::Value;

use super::{Problem, SCHEMA};

/// One step: from schema `from` to `from + 1`.
pub struct Step {
    pub from: u32,
    pub run: fn(Value) -> Result<Value, Problem>,
}

/// Every step, in order (what each changes: docs/assessment-format.md).
/// - 0 → 1: a pre-release draft without a schema number gets `"schema": 1`.
/// - 1 → 2: `"schema": 2`; nothing else changes (a schema 1 file has no `uid` and nothing to review).
pub const STEPS: &[Step] = &[Step { from: 0, run: v0_to_v1 }, Step { from: 1, run: v1_to_v2 }];

/// Runs every step from schema `from` up to [`SCHEMA`]. `value` must be a JSON object whose
/// `format` has been checked.
pub fn upgrade(mut value: Value, from: u32) -> Result<Value, Problem> {
    let mut at = from;
    while at < SCHEMA {
        let Some(step) = STEPS.iter().find(|s| s.from == at) else {
            return Err(Problem::UnsupportedSchema { found: u64::from(at) });
        };
        value = (step.run)(value)?;
        at += 1;
    }
    Ok(value)
}

/// Schema 0 → 1: the draft had the same fields and no schema number.
fn v0_to_v1(mut value: Value) -> Result<Value, Problem> {
    match value.as_object_mut() {
        Some(obj) => {
            obj.insert("schema".into(), Value::from(1u32));
            Ok(value)
        }
        None => Err(Problem::NotOurs { found: None }),
    }
}

/// Schema 1 → 2: the new fields are optional, so the file only gets its new number. A schema 1
/// file that already has them was not written by this app: refused, not guessed.
fn v1_to_v2(mut value: Value) -> Result<Value, Problem> {
    let Some(obj) = value.as_object_mut() else { return Err(Problem::NotOurs { found: None }) };
    for field in ["uid", "to_review"] {
        if obj.contains_key(field) {
            return Err(Problem::Invalid {
                at: field.into(),
                problem: "not a field of schema 1 (it came with schema 2)".into(),
            });
        }
    }
    obj.insert("schema".into(), Value::from(2u32));
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_form_a_chain_up_to_the_current_schema() {
        for (i, s) in STEPS.iter().enumerate() {
            assert_eq!(s.from, i as u32);
        }
        assert_eq!(STEPS.len() as u32, SCHEMA);
    }

    #[test]
    fn draft_gets_the_current_schema_and_keeps_everything_else() {
        let v: Value = serde_json::from_str(r#"{"format":"x1060-assessment","name":"n"}"#).unwrap();
        let up = upgrade(v, 0).unwrap();
        assert_eq!(up["schema"], SCHEMA);
        assert_eq!(up["name"], "n");
        assert_eq!(up.as_object().unwrap().len(), 3);
    }

    #[test]
    fn schema_one_gets_two_and_nothing_else() {
        let v: Value = serde_json::from_str(r#"{"format":"x1060-assessment","schema":1,"name":"n"}"#).unwrap();
        let up = upgrade(v, 1).unwrap();
        assert_eq!(up, serde_json::json!({"format":"x1060-assessment","schema":2,"name":"n"}));
    }

    #[test]
    fn schema_one_with_a_schema_two_field_is_refused() {
        for field in ["uid", "to_review"] {
            let v = serde_json::json!({"format":"x1060-assessment","schema":1, field: "x"});
            assert!(matches!(upgrade(v, 1), Err(Problem::Invalid { at, .. }) if at == field));
        }
    }

    #[test]
    fn current_schema_is_left_alone() {
        let v = serde_json::json!({"format":"x1060-assessment","schema":SCHEMA});
        assert_eq!(upgrade(v.clone(), SCHEMA).unwrap(), v);
    }
}
