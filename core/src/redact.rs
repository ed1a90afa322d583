//! "Share without identifying details": the copy of an assessment that every download can be made
//! from instead of the original.
//!
//! Removed: the assessment's name, the organisation name and the assessor, and for every service
//! the owner, the evidence, the note and the reason it is not needed. The reasons go too because
//! they are free text, and free text names people, suppliers and systems ("done by ACME's CERT").
//! Kept: sector, size, country and date (what makes results comparable), the catalogue, and every
//! choice and level, so that the evaluations of the copy are exactly those of the original.

use crate::model::Assessment;

impl Assessment {
    /// A copy without identifying details (see the module documentation). Records left empty are
    /// dropped, as the save format does.
    pub fn redacted(&self) -> Assessment {
        let mut a = self.clone();
        a.name.clear();
        a.profile.organisation.clear();
        a.profile.assessor.clear();
        for r in a.services.values_mut() {
            r.owner.clear();
            r.evidence.clear();
            r.note.clear();
            r.reason.clear();
        }
        a.services.retain(|_, r| !r.is_empty());
        for t in &mut a.to_review {
            t.answer.owner.clear();
            t.answer.evidence.clear();
            t.answer.note.clear();
            t.answer.reason.clear();
        }
        a.to_review.retain(|t| !t.answer.is_empty());
        a
    }
}
