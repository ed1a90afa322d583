//! Saving under two tabs: [`Library::sync`] decides, from what storage holds now, whether this
//! tab writes, takes the other tab's version, combines both, or holds back and asks; then
//! [`Library::confirm`] records a write that succeeded and [`Library::resolve`] carries out the
//! user's decision. The decision itself is [`crate::sync::decide`].

use super::*;

impl Library {
    /// Decides what to do with assessment `id` given what storage holds under `a/<id>` now, and
    /// updates this tab's copy accordingly. Call it from the save point for each id of
    /// [`Library::unsaved`], and when a `storage` event says another tab wrote `a/<id>`.
    pub fn sync(&mut self, id: &AssessmentId, stored: Stored<'_>, now: &str) -> SyncPlan {
        let nothing = |outcome| SyncPlan { ops: Vec::new(), pending: None, outcome };
        if self.read_only {
            return nothing(SyncOutcome::ReadOnly);
        }
        let text = match stored {
            Stored::Unavailable => return nothing(SyncOutcome::Unavailable),
            Stored::Missing => None,
            Stored::Text(t) => Some(t),
        };
        let theirs = text.map(|t| super::decode_doc(id, t));
        let typing = self.typing.as_ref().filter(|(t, _)| t == id).map(|(_, part)| part.clone());
        let Some(Slot::Ready(doc)) = self.slots.get_mut(id) else {
            return self.sync_other(id, text, theirs);
        };
        let theirs = match theirs {
            None => None,
            Some(Ok(t)) => Some(t),
            Some(Err(DecodeError::NewerSchema { found })) => {
                doc.block = Some(Block::Newer { found, raw: text.unwrap_or_default().to_string() });
                return nothing(SyncOutcome::NewerElsewhere { found });
            }
            Some(Err(e)) => {
                // Not ours to judge how it got there: keep it, then write ours.
                let backup_key = keys::backup(now, &keys::doc(id));
                let mut ops =
                    vec![StorageOp::Set { key: backup_key.clone(), value: text.unwrap_or_default().to_string() }];
                doc.base = None;
                let (op, pending) = write(id, doc);
                ops.push(op);
                self.backups.push(backup_key.clone());
                return SyncPlan {
                    ops,
                    pending: Some(pending),
                    outcome: SyncOutcome::DamagedElsewhere { backup_key, detail: e.to_string() },
                };
            }
        };
        // Storage reads again: whatever held saving back is decided anew below.
        doc.block = None;
        let decision = sync::decide(doc.base.as_ref(), &doc.assessment, theirs.as_ref().map(|(a, _)| a));
        // Taking the other tab's version of the part the user is typing in would rewrite the
        // field under their fingers: wait until the field is left (nothing adopted, so the next
        // sync sees the same change). If the user changes that part meanwhile, it is a conflict.
        let rewrites_typing = match (&decision, &typing, &theirs) {
            (Decision::TakeTheirs, Some(part), Some((t, _))) => {
                sync::differing_parts(&doc.assessment, t).contains(part)
            }
            (Decision::Merge(m), Some(part), _) => m.from_theirs.contains(part),
            _ => false,
        };
        if rewrites_typing {
            return nothing(SyncOutcome::Deferred);
        }
        // Whenever storage was read, it becomes the base (except in a conflict, where the base
        // must stay so that nothing is written until the user decides).
        let adopt = |doc: &mut Doc, theirs: &Option<(Assessment, u64)>| {
            if let Some((t, rev)) = theirs {
                doc.base = Some(t.clone());
                doc.revision = doc.revision.max(*rev);
            }
        };
        match decision {
            Decision::UpToDate => {
                adopt(doc, &theirs);
                nothing(SyncOutcome::UpToDate)
            }
            Decision::WriteOurs => {
                adopt(doc, &theirs);
                let (op, pending) = write(id, doc);
                SyncPlan { ops: vec![op], pending: Some(pending), outcome: SyncOutcome::Saved }
            }
            Decision::TakeTheirs => {
                if let Some((t, _)) = &theirs {
                    doc.assessment = t.clone();
                }
                adopt(doc, &theirs);
                nothing(SyncOutcome::TookTheirs)
            }
            Decision::Merge(m) => {
                doc.assessment = m.assessment;
                adopt(doc, &theirs);
                let (op, pending) = write(id, doc);
                SyncPlan {
                    ops: vec![op],
                    pending: Some(pending),
                    outcome: SyncOutcome::Merged { from_theirs: m.from_theirs },
                }
            }
            Decision::Conflict(parts) => {
                if let Some((t, rev)) = theirs {
                    doc.block = Some(Block::Conflict { theirs: Box::new(t), revision: rev, parts: parts.clone() });
                }
                nothing(SyncOutcome::Conflict { parts })
            }
            Decision::Gone { unsaved: true } => {
                doc.block = Some(Block::Deleted);
                nothing(SyncOutcome::DeletedElsewhere { kept: true })
            }
            Decision::Gone { unsaved: false } => {
                if let Some(slot) = self.slots.remove(id) {
                    self.trash.push(Trashed {
                        id: id.clone(),
                        reason: TrashReason::DeletedElsewhere,
                        slot,
                        legacy: false,
                    });
                }
                if self.current.as_deref() == Some(id) {
                    self.current = self.most_recent();
                }
                nothing(SyncOutcome::DeletedElsewhere { kept: false })
            }
        }
    }

    /// `sync` for an id that is not a readable assessment here: new in another tab, or
    /// unreadable here and perhaps readable now.
    fn sync_other(
        &mut self,
        id: &AssessmentId,
        text: Option<&str>,
        theirs: Option<Result<(Assessment, u64), DecodeError>>,
    ) -> SyncPlan {
        let nothing = |outcome| SyncPlan { ops: Vec::new(), pending: None, outcome };
        if !is_valid_id(id) {
            return nothing(SyncOutcome::Unknown);
        }
        let info = match self.slots.get(id) {
            Some(Slot::Unreadable { info, .. }) => info.clone(),
            _ => None,
        };
        match theirs {
            Some(Ok((a, rev))) => {
                self.slots.insert(
                    id.clone(),
                    Slot::Ready(Doc { assessment: a.clone(), base: Some(a), revision: rev, block: None }),
                );
                nothing(SyncOutcome::Added)
            }
            Some(Err(DecodeError::NewerSchema { found })) => {
                self.slots.insert(
                    id.clone(),
                    Slot::Unreadable {
                        why: Unreadable::Newer { found },
                        raw: text.unwrap_or_default().to_string(),
                        key: keys::doc(id),
                        info: info.or_else(|| peek_info(id, text.unwrap_or_default())),
                    },
                );
                nothing(SyncOutcome::NewerElsewhere { found })
            }
            // Damaged data written by another tab is that tab's to report; a missing key for an id
            // unknown here is nothing.
            Some(Err(_)) | None => nothing(SyncOutcome::Unknown),
        }
    }

    /// Records that the writes of a [`SyncPlan`] succeeded. Returns follow-up writes to run (the
    /// removal of the legacy key once the assessment adopted from it is written).
    pub fn confirm(&mut self, pending: Pending) -> Vec<StorageOp> {
        if let Some(Slot::Ready(d)) = self.slots.get_mut(&pending.id) {
            // A newer copy read since (another tab's) stays the base.
            if pending.revision >= d.revision {
                d.base = Some(pending.written);
                d.revision = pending.revision;
            }
        }
        if self.legacy_pending.as_deref() == Some(pending.id.as_str()) {
            self.legacy_pending = None;
            return vec![StorageOp::Remove { key: keys::LEGACY.to_string() }];
        }
        Vec::new()
    }

    /// Settles what holds back saving `id`.
    pub fn resolve(&mut self, id: &AssessmentId, resolution: Resolution, now: &str) -> Result<(), LibraryError> {
        if let Resolution::KeepBoth { new_id, .. } = &resolution {
            self.new_id(new_id)?;
        }
        let doc = self.doc_mut(id)?;
        let block = doc.block.take().ok_or_else(|| LibraryError::NothingToResolve { id: id.clone() })?;
        let ours = doc.assessment.clone();
        match (&resolution, block) {
            (Resolution::KeepOurs, Block::Conflict { theirs, revision, .. }) => {
                // Storage holds theirs: that is now the base, so the next save writes ours over it.
                doc.base = Some(*theirs);
                doc.revision = doc.revision.max(revision);
            }
            (Resolution::KeepOurs, Block::Deleted) => doc.base = None,
            (Resolution::KeepOurs, b @ Block::Newer { .. }) => {
                doc.block = Some(b);
                return Err(LibraryError::WouldOverwriteNewer { id: id.clone() });
            }
            (_, Block::Conflict { theirs, revision, .. }) => {
                let before = doc.clone();
                doc.assessment = (*theirs).clone();
                doc.base = Some(*theirs);
                doc.revision = doc.revision.max(revision);
                self.trash.push(Trashed {
                    id: id.clone(),
                    reason: TrashReason::Replaced,
                    slot: Slot::Ready(before),
                    legacy: false,
                });
            }
            (_, Block::Deleted) => {
                if let Some(slot) = self.slots.remove(id) {
                    self.trash.push(Trashed {
                        id: id.clone(),
                        reason: TrashReason::DeletedElsewhere,
                        slot,
                        legacy: false,
                    });
                }
                if self.current.as_deref() == Some(id) {
                    self.current = None;
                }
            }
            (_, Block::Newer { found, raw }) => {
                // This tab's copy can no longer be saved under this id: storage keeps the newer data.
                if let Some(Slot::Ready(d)) = self.slots.remove(id) {
                    self.trash.push(Trashed {
                        id: id.clone(),
                        reason: TrashReason::Replaced,
                        slot: Slot::Ready(d),
                        legacy: false,
                    });
                }
                self.slots.insert(
                    id.clone(),
                    Slot::Unreadable {
                        info: peek_info(id, &raw).or_else(|| Some(IndexEntry::of(id, &ours))),
                        why: Unreadable::Newer { found },
                        raw,
                        key: keys::doc(id),
                    },
                );
                if self.current.as_deref() == Some(id) {
                    self.current = None;
                }
            }
        }
        if let Resolution::KeepBoth { new_id, name } = resolution {
            let mut copy = ours;
            copy.created = now.to_string();
            copy.apply(Edit::SetName(name), now);
            self.insert_new(&new_id, copy);
            if self.current.is_none() {
                self.current = Some(new_id);
            }
        }
        if self.current.is_none() {
            self.current = self.most_recent();
        }
        Ok(())
    }
}

/// The write of `doc`'s assessment, one revision after the last one known.
fn write(id: &AssessmentId, doc: &Doc) -> (StorageOp, Pending) {
    let revision = doc.revision + 1;
    let op = StorageOp::Set { key: keys::doc(id), value: save::encode_stored(&doc.assessment, revision) };
    (op, Pending { id: id.clone(), revision, written: doc.assessment.clone() })
}

/// What storage holds under an assessment's key, as the caller read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored<'a> {
    /// Nothing under the key.
    Missing,
    Text(&'a str),
    /// Storage could not be read.
    Unavailable,
}

impl<'a> Stored<'a> {
    /// From the result of a storage read.
    pub fn from_read<E>(r: &'a Result<Option<String>, E>) -> Stored<'a> {
        match r {
            Ok(Some(t)) => Stored::Text(t),
            Ok(None) => Stored::Missing,
            Err(_) => Stored::Unavailable,
        }
    }
}

/// The result of [`Library::sync`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyncPlan {
    /// Writes to run in order, stopping at the first failure.
    pub ops: Vec<StorageOp>,
    /// To pass to [`Library::confirm`] once every op succeeded.
    pub pending: Option<Pending>,
    pub outcome: SyncOutcome,
}

/// A write waiting for confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub id: AssessmentId,
    pub revision: u64,
    written: Assessment,
}

/// What [`Library::sync`] found, for the interface to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncOutcome {
    /// Storage and this tab agree.
    UpToDate,
    /// This tab's changes are to be written.
    Saved,
    /// Another tab's version replaced this tab's copy (which had no unsaved change): show it.
    TookTheirs,
    /// Both tabs changed different parts: combined, shown, and to be written. Lists the parts
    /// that came from the other tab.
    Merged { from_theirs: Vec<Part> },
    /// Both tabs changed these parts differently: nothing written, both kept; ask the user
    /// ([`Library::resolve`]).
    Conflict { parts: Vec<Part> },
    /// Another tab deleted it. `kept`: this tab had unsaved changes and keeps them (ask the user);
    /// otherwise it went to the trash here too.
    DeletedElsewhere { kept: bool },
    /// Another tab, with a newer app, saved it in a newer schema: this tab's copy is no longer
    /// saved (ask the user to keep it as a copy or let it go).
    NewerElsewhere { found: u64 },
    /// Storage held data that does not decode: backed up under `backup_key`, then ours written.
    DamagedElsewhere { backup_key: String, detail: String },
    /// An assessment created in another tab, now listed here.
    Added,
    /// Storage could not be read: nothing written; the changes stay in memory.
    Unavailable,
    /// Another tab changed the part the user is typing in here: nothing taken or written until
    /// the field is left (then sync again), so the text is never rewritten under the user's
    /// fingers.
    Deferred,
    /// The library is read-only.
    ReadOnly,
    /// Not an assessment of this library: nothing to do.
    Unknown,
}

/// The user's answer to a [`Block`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Keep this tab's version: it is written over theirs (or written again after another tab
    /// deleted it). Refused for data from a newer app.
    KeepOurs,
    /// Take theirs (or let the deletion stand); this tab's version goes to the trash.
    TakeTheirs,
    /// Take theirs, and keep this tab's version as a new assessment `new_id` named `name`.
    KeepBoth { new_id: AssessmentId, name: String },
}
