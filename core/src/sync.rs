//! Two tabs on one assessment: the pure decision of what to do with the copy in storage.
//!
//! Three versions are compared. *Base* is what this tab last read from or wrote to storage;
//! *ours* is what this tab holds now; *theirs* is what storage holds now (written by another tab,
//! or by this one). A tab that has not changed anything since its base takes theirs; a tab whose
//! base is still in storage writes ours; when both changed, the changes are combined part by part
//! (the name, the catalogue, the creation date, each profile field, each service record) as long
//! as no part was changed on both sides to different values. Otherwise it is a conflict: nothing
//! is written, ours stays in memory, theirs stays in storage, and the user decides. No answer is
//! ever dropped without the user seeing it.
//!
//! The time of the last change (`updated`) is not a part: it never conflicts, and a combined
//! version takes the later of the two.
//!
//! A part whose text field the user is typing in is never taken from theirs while the field has
//! the focus (`Library::sync` defers it; issue 13): the field is not rewritten under the user's
//! fingers. If both tabs changed it meanwhile, it is a conflict like any other, offered in the tab
//! whose text is not the one in storage; the other tab's text is already saved.

use std::collections::BTreeSet;
use std::fmt;

use crate::ids::ServiceId;
use crate::model::{Assessment, ProfileField};

/// A part of an assessment that two tabs may change independently.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Name,
    Catalogue,
    Created,
    Profile(ProfileField),
    /// Everything recorded for one service (need, delivery, levels, priority, texts).
    Service(ServiceId),
    /// The stable identifier ([`Assessment::uid`]).
    Uid,
    /// The answers waiting for review after a catalogue change, as one list.
    ToReview,
}

impl fmt::Display for Part {
    /// A stable, language-neutral name: `name`, `catalogue`, `created`, `profile.sector`,
    /// `services.A-1` (an id longer than any valid one, 64, is clipped).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Name => f.write_str("name"),
            Part::Catalogue => f.write_str("catalogue"),
            Part::Created => f.write_str("created"),
            Part::Profile(p) => write!(f, "profile.{}", p.key()),
            // Clipped: a service id read from storage has no length limit (issue 13).
            Part::Service(id) => write!(f, "services.{}", crate::json::clip(id, 64)),
            Part::Uid => f.write_str("uid"),
            Part::ToReview => f.write_str("to_review"),
        }
    }
}

/// Whether `a` and `b` hold the same answers: everything but the time of the last change.
pub fn same_content(a: &Assessment, b: &Assessment) -> bool {
    a.name == b.name
        && a.catalogue == b.catalogue
        && a.created == b.created
        && a.profile == b.profile
        && a.services == b.services
        && a.uid == b.uid
        && a.to_review == b.to_review
}

/// The parts in which `a` and `b` differ, in a stable order.
pub fn differing_parts(a: &Assessment, b: &Assessment) -> Vec<Part> {
    let mut out = Vec::new();
    if a.name != b.name {
        out.push(Part::Name);
    }
    if a.catalogue != b.catalogue {
        out.push(Part::Catalogue);
    }
    if a.created != b.created {
        out.push(Part::Created);
    }
    for f in ProfileField::ALL {
        if a.profile.get(f) != b.profile.get(f) {
            out.push(Part::Profile(f));
        }
    }
    let ids: BTreeSet<&ServiceId> = a.services.keys().chain(b.services.keys()).collect();
    for id in ids {
        if a.services.get(id) != b.services.get(id) {
            out.push(Part::Service(id.clone()));
        }
    }
    if a.uid != b.uid {
        out.push(Part::Uid);
    }
    if a.to_review != b.to_review {
        out.push(Part::ToReview);
    }
    out
}

/// Ours and theirs combined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub assessment: Assessment,
    /// The parts taken from theirs (changed in the other tab), for "updated from another tab".
    pub from_theirs: Vec<Part>,
}

enum Pick {
    Ours,
    Theirs,
    Clash,
}

fn pick<T: PartialEq + ?Sized>(base: &T, ours: &T, theirs: &T) -> Pick {
    if ours == theirs || theirs == base {
        Pick::Ours
    } else if ours == base {
        Pick::Theirs
    } else {
        Pick::Clash
    }
}

/// Combines the changes of ours and theirs since base, part by part. `Err` lists the parts both
/// changed to different values (never empty).
pub fn merge3(base: &Assessment, ours: &Assessment, theirs: &Assessment) -> Result<Merged, Vec<Part>> {
    let mut out = ours.clone();
    let mut from_theirs = Vec::new();
    let mut clashes = Vec::new();
    let mut take = |part: Part, p: Pick, apply: &mut dyn FnMut()| match p {
        Pick::Ours => {}
        Pick::Theirs => {
            apply();
            from_theirs.push(part);
        }
        Pick::Clash => clashes.push(part),
    };
    take(Part::Name, pick(&base.name, &ours.name, &theirs.name), &mut || out.name = theirs.name.clone());
    take(Part::Catalogue, pick(&base.catalogue, &ours.catalogue, &theirs.catalogue), &mut || {
        out.catalogue = theirs.catalogue.clone()
    });
    take(Part::Created, pick(&base.created, &ours.created, &theirs.created), &mut || {
        out.created = theirs.created.clone()
    });
    for f in ProfileField::ALL {
        let p = pick(base.profile.get(f), ours.profile.get(f), theirs.profile.get(f));
        take(Part::Profile(f), p, &mut || *out.profile.get_mut(f) = theirs.profile.get(f).to_string());
    }
    let ids: BTreeSet<&ServiceId> =
        base.services.keys().chain(ours.services.keys()).chain(theirs.services.keys()).collect();
    for id in ids {
        let (b, o, t) = (base.services.get(id), ours.services.get(id), theirs.services.get(id));
        take(Part::Service(id.clone()), pick(&b, &o, &t), &mut || match t {
            Some(r) => {
                out.services.insert(id.clone(), r.clone());
            }
            None => {
                out.services.remove(id);
            }
        });
    }
    take(Part::Uid, pick(&base.uid, &ours.uid, &theirs.uid), &mut || out.uid = theirs.uid.clone());
    take(Part::ToReview, pick(&base.to_review, &ours.to_review, &theirs.to_review), &mut || {
        out.to_review = theirs.to_review.clone()
    });
    // A change of catalogue moves answers between services (crate::edition): combined with
    // answers the other side gave under the old catalogue, one could land on the wrong service.
    // So a catalogue change on one side and any answer changed on the other is a conflict.
    let answers_changed = |x: &Assessment| x.services != base.services || x.to_review != base.to_review;
    let catalogue_moved = |x: &Assessment| x.catalogue != base.catalogue;
    let crossed =
        (catalogue_moved(theirs) && answers_changed(ours)) || (catalogue_moved(ours) && answers_changed(theirs));
    if crossed && !clashes.contains(&Part::Catalogue) {
        clashes.push(Part::Catalogue);
    }
    if !clashes.is_empty() {
        return Err(clashes);
    }
    // ISO 8601 UTC times in one format compare as text.
    if theirs.updated > out.updated {
        out.updated = theirs.updated.clone();
    }
    Ok(Merged { assessment: out, from_theirs })
}

/// What to do with the copy of one assessment in storage.
// A handful of short-lived values: boxing the large variant would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Storage and this tab agree; nothing to write.
    UpToDate,
    /// Only this tab changed it: write ours.
    WriteOurs,
    /// Only the other tab changed it: show theirs (this tab had no unsaved change).
    TakeTheirs,
    /// Both changed different parts: keep and write the combination.
    Merge(Merged),
    /// Both changed the same parts differently (listed): write nothing, keep both, ask.
    Conflict(Vec<Part>),
    /// It was in storage and is gone (deleted in another tab). `unsaved`: this tab has changes
    /// that were never written.
    Gone { unsaved: bool },
}

/// Decides, from base (`None`: never written by or read into this tab), ours, and theirs
/// (`None`: storage has nothing under its key).
pub fn decide(base: Option<&Assessment>, ours: &Assessment, theirs: Option<&Assessment>) -> Decision {
    match (base, theirs) {
        (None, None) => Decision::WriteOurs,
        (None, Some(t)) => {
            if same_content(ours, t) {
                Decision::UpToDate
            } else {
                Decision::Conflict(differing_parts(ours, t))
            }
        }
        (Some(b), None) => Decision::Gone { unsaved: !same_content(ours, b) },
        (Some(b), Some(t)) => {
            let ours_changed = !same_content(ours, b);
            let theirs_changed = !same_content(t, b);
            match (ours_changed, theirs_changed) {
                (false, false) => Decision::UpToDate,
                (true, false) => Decision::WriteOurs,
                (false, true) => Decision::TakeTheirs,
                (true, true) if same_content(ours, t) => Decision::UpToDate,
                (true, true) => match merge3(b, ours, t) {
                    Ok(m) => Decision::Merge(m),
                    Err(parts) => Decision::Conflict(parts),
                },
            }
        }
    }
}
