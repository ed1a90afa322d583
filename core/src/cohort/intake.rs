//! Intake: every returned file is checked before it counts, and gets one row with stable reason
//! codes ([`Reason::code`]) and a plain sentence ([`Reason::sentence`]).
//!
//! The checks, in order: the file is read by [`crate::import::import`] (size, UTF-8, JSON or our
//! HTML summary report, the schema, our limits; nothing in it is executed or fetched); it must be
//! made with the catalogue in use (same id and version: files made against another catalogue are
//! refused, not mapped); it must have at least one answer for a service of that catalogue; it must
//! not be the same content as an earlier file; and when two files are the same assessment (same
//! organisation, written the same way apart from case and spaces, and the same creation time),
//! only the one changed last is counted. Files that pass may still carry consistency flags, which
//! do not stop them being counted: the coordinator reads them and may leave the file out.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use crate::catalogue::Catalogue;
use crate::ids::ServiceId;
use crate::import::{self, ImportError, SourceKind};
use crate::model::{Assessment, Need};

/// Where a file is in the order it was given: the row's typed id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileIndex(pub usize);

/// One returned file: its name and its bytes, as read.
#[derive(Clone, Copy, Debug)]
pub struct Returned<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Why a file is not counted, or what looks wrong in it. Each has a stable code for exports and
/// tests ([`Reason::code`]); [`Reason::blocks`] says whether the file is kept out of the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// `unreadable`: not an assessment file (not UTF-8, neither JSON nor one of our HTML reports,
    /// empty, too large, broken JSON).
    Unreadable,
    /// `invalid-data`: an assessment file whose data breaks the format (a field, a value, a limit).
    InvalidData,
    /// `other-catalogue`: made with another catalogue (another id).
    OtherCatalogue,
    /// `other-catalogue-version`: made with another version of the catalogue in use.
    OtherCatalogueVersion,
    /// `no-answers`: no answer for any service of the catalogue.
    NoAnswers,
    /// `same-content`: the same assessment, answer for answer, as an earlier file.
    SameContent,
    /// `older-copy`: the same assessment (organisation and creation time) as another file that was
    /// changed later; only the later one is counted.
    OlderCopy,
    /// `level-on-not-needed`: a current or target level on a service marked not needed (counted
    /// nowhere, as in every evaluation).
    LevelOnNotNeeded,
    /// `target-below-current`: a target level below the current level.
    TargetBelowCurrent,
    /// `needed-without-delivery`: a service marked needed with no delivery answer.
    NeededWithoutDelivery,
    /// `all-identical`: at least five needed services, all with the same delivery and the same
    /// current level: possibly not answered with care.
    AllIdentical,
    /// `moved-from-older-version`: made with an earlier version of the catalogue in use that
    /// this app can move answers from (docs/catalogue-editions.md). Counted, after the move;
    /// `services` lists the answers that wait for review there and so count nowhere.
    MovedFromOlderVersion,
    /// `sealed`: a submission encrypted for the organiser (docs/campaigns.md); load the private
    /// key to open it.
    Sealed,
    /// `wrong-key`: a sealed submission that the private key loaded cannot open (it was sealed
    /// for another key).
    WrongKey,
    /// `tampered`: a sealed submission changed after it was sealed (the AES-GCM tag does not
    /// match), or damaged.
    Tampered,
}

impl Reason {
    pub const ALL: [Reason; 15] = [
        Reason::Unreadable,
        Reason::InvalidData,
        Reason::OtherCatalogue,
        Reason::OtherCatalogueVersion,
        Reason::NoAnswers,
        Reason::SameContent,
        Reason::OlderCopy,
        Reason::LevelOnNotNeeded,
        Reason::TargetBelowCurrent,
        Reason::NeededWithoutDelivery,
        Reason::AllIdentical,
        Reason::MovedFromOlderVersion,
        Reason::Sealed,
        Reason::WrongKey,
        Reason::Tampered,
    ];

    /// The stable code, the same in every language and every version.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Unreadable => "unreadable",
            Reason::InvalidData => "invalid-data",
            Reason::OtherCatalogue => "other-catalogue",
            Reason::OtherCatalogueVersion => "other-catalogue-version",
            Reason::NoAnswers => "no-answers",
            Reason::SameContent => "same-content",
            Reason::OlderCopy => "older-copy",
            Reason::LevelOnNotNeeded => "level-on-not-needed",
            Reason::TargetBelowCurrent => "target-below-current",
            Reason::NeededWithoutDelivery => "needed-without-delivery",
            Reason::AllIdentical => "all-identical",
            Reason::MovedFromOlderVersion => "moved-from-older-version",
            Reason::Sealed => "sealed",
            Reason::WrongKey => "wrong-key",
            Reason::Tampered => "tampered",
        }
    }

    /// Whether a file with this reason is kept out of the picture. Consistency flags do not
    /// block: the coordinator decides.
    pub fn blocks(self) -> bool {
        !matches!(
            self,
            Reason::LevelOnNotNeeded
                | Reason::TargetBelowCurrent
                | Reason::NeededWithoutDelivery
                | Reason::AllIdentical
                | Reason::MovedFromOlderVersion
        )
    }

    /// The plain sentence, in the language of `t`.
    pub fn sentence(self, t: &super::text::WbText) -> &'static str {
        match self {
            Reason::Unreadable => t.wb_reason_unreadable,
            Reason::InvalidData => t.wb_reason_invalid_data,
            Reason::OtherCatalogue => t.wb_reason_other_catalogue,
            Reason::OtherCatalogueVersion => t.wb_reason_other_version,
            Reason::NoAnswers => t.wb_reason_no_answers,
            Reason::SameContent => t.wb_reason_same_content,
            Reason::OlderCopy => t.wb_reason_older_copy,
            Reason::LevelOnNotNeeded => t.wb_reason_level_not_needed,
            Reason::TargetBelowCurrent => t.wb_reason_target_below,
            Reason::NeededWithoutDelivery => t.wb_reason_no_delivery,
            Reason::AllIdentical => t.wb_reason_all_identical,
            Reason::MovedFromOlderVersion => t.wb_reason_moved_version,
            Reason::Sealed => t.wb_reason_sealed,
            Reason::WrongKey => t.wb_reason_wrong_key,
            Reason::Tampered => t.wb_reason_tampered,
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sentence(&super::text::EN))
    }
}

/// One reason found in a file, with what it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub reason: Reason,
    /// The services concerned, in catalogue order (consistency flags).
    pub services: Vec<ServiceId>,
    /// The other file concerned (duplicates).
    pub other: Option<FileIndex>,
    /// The importer's own explanation (unreadable and invalid files), in English.
    pub detail: String,
}

impl Finding {
    fn new(reason: Reason) -> Finding {
        Finding { reason, services: Vec::new(), other: None, detail: String::new() }
    }
}

/// One file's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeRow {
    pub file: FileIndex,
    /// The file name as given (shown to the coordinator only; never in the aggregate).
    pub name: String,
    /// What the file was, when it could be read.
    pub kind: Option<SourceKind>,
    pub findings: Vec<Finding>,
}

impl IntakeRow {
    /// Whether the file counts (before the coordinator's own choices).
    pub fn accepted(&self) -> bool {
        !self.findings.iter().any(|f| f.reason.blocks())
    }

    /// The codes of every finding, in order.
    pub fn codes(&self) -> Vec<&'static str> {
        self.findings.iter().map(|f| f.reason.code()).collect()
    }
}

/// Every file's row, and the assessments of the accepted files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Intake {
    pub rows: Vec<IntakeRow>,
    /// Indexed like `rows`: the assessment, for accepted files only.
    assessments: Vec<Option<Assessment>>,
}

impl Intake {
    /// The assessments that count: accepted, and not left out by the coordinator.
    pub fn counted(&self, left_out: &BTreeSet<FileIndex>) -> Vec<&Assessment> {
        self.assessments
            .iter()
            .enumerate()
            .filter(|(i, _)| !left_out.contains(&FileIndex(*i)))
            .filter_map(|(_, a)| a.as_ref())
            .collect()
    }

    /// The assessment of a file that counts (accepted), before the coordinator's choices.
    pub fn assessment(&self, f: FileIndex) -> Option<&Assessment> {
        self.assessments.get(f.0).and_then(Option::as_ref)
    }

    /// How many files count.
    pub fn counted_len(&self, left_out: &BTreeSet<FileIndex>) -> usize {
        self.counted(left_out).len()
    }
}

/// The key that says two files are the same assessment: organisation (spaces and case folded)
/// and creation time, both present.
fn same_assessment_key(a: &Assessment) -> Option<(String, String)> {
    let org = a.profile.organisation.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let created = a.created.trim();
    (!org.is_empty() && !created.is_empty()).then(|| (org, created.to_string()))
}

/// The consistency flags of one assessment, against the catalogue in use.
pub fn flags(a: &Assessment, c: &Catalogue) -> Vec<Finding> {
    let mut level_not_needed = Finding::new(Reason::LevelOnNotNeeded);
    let mut target_below = Finding::new(Reason::TargetBelowCurrent);
    let mut no_delivery = Finding::new(Reason::NeededWithoutDelivery);
    let mut answers = Vec::new();
    for s in &c.services {
        let Some(r) = a.services.get(&s.id) else {
            continue;
        };
        match r.need {
            Some(Need::NotNeeded) if r.current.is_some() || r.target.is_some() => {
                level_not_needed.services.push(s.id.clone())
            }
            Some(Need::Needed) => {
                if matches!((r.current, r.target), (Some(c), Some(t)) if t < c) {
                    target_below.services.push(s.id.clone());
                }
                if r.delivery.is_none() {
                    no_delivery.services.push(s.id.clone());
                }
                if let (Some(d), Some(cur)) = (r.delivery, r.current) {
                    answers.push((d, cur));
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<Finding> =
        [level_not_needed, target_below, no_delivery].into_iter().filter(|f| !f.services.is_empty()).collect();
    if answers.len() >= 5 && answers.windows(2).all(|w| w[0] == w[1]) {
        out.push(Finding::new(Reason::AllIdentical));
    }
    out
}

fn read_error(e: ImportError) -> Finding {
    let reason = match e {
        ImportError::Data(crate::save::Problem::Json(_)) => Reason::Unreadable,
        ImportError::Data(_) => Reason::InvalidData,
        _ => Reason::Unreadable,
    };
    Finding { detail: e.to_string(), ..Finding::new(reason) }
}

/// What became of a sealed file (docs/campaigns.md) that the coordinator's browser tried to
/// open with the private key loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Opened: the submission's text.
    Opened(Vec<u8>),
    /// The private key cannot open it (RSA-OAEP refused the wrapped key).
    WrongKey,
    /// The key opened, but the data was changed (AES-GCM refused the tag), or the envelope is
    /// damaged.
    Tampered,
}

/// Reads one file: a submission to a campaign (its answers, without names) or what
/// [`import::import`] reads.
fn read_file(bytes: &[u8], name: &str) -> Result<import::Imported, ImportError> {
    let text = std::str::from_utf8(bytes).ok().map(|t| t.trim_start_matches('\u{FEFF}'));
    if let Some(text) = text.filter(|t| crate::campaign::submission::looks_like(t)) {
        return match crate::campaign::Submission::parse(text) {
            Ok(s) => Ok(import::Imported {
                assessment: s.to_assessment(),
                kind: SourceKind::Json,
                migrated_from: None,
                app_version: s.app_version,
            }),
            Err(e) => {
                Err(ImportError::Data(crate::save::Problem::Invalid { at: String::new(), problem: e.to_string() }))
            }
        };
    }
    import::import(bytes, name)
}

/// Checks every file against the catalogue in use. Rows come in the order of `files`.
pub fn intake(files: &[Returned<'_>], c: &Catalogue) -> Intake {
    intake_opened(files, &[], c)
}

/// As [`intake`], with what became of each sealed file (indexed like `files`; `None` or missing
/// for a file that is not sealed or was not opened).
pub fn intake_opened(files: &[Returned<'_>], opened: &[Option<Opening>], c: &Catalogue) -> Intake {
    let mut b = IntakeBuilder::with_capacity(files.len());
    for (i, f) in files.iter().enumerate() {
        b.push_opened(*f, opened.get(i).and_then(Option::as_ref), c);
    }
    b.finish()
}

/// The intake one file at a time, so that a view can check many files in chunks (and show its
/// progress) with the same result as [`intake`] over all of them.
#[derive(Debug, Default)]
pub struct IntakeBuilder {
    rows: Vec<IntakeRow>,
    assessments: Vec<Option<Assessment>>,
    by_content: HashMap<String, FileIndex>,
    by_key: HashMap<(String, String), FileIndex>,
}

impl IntakeBuilder {
    pub fn with_capacity(n: usize) -> IntakeBuilder {
        IntakeBuilder { rows: Vec::with_capacity(n), assessments: Vec::with_capacity(n), ..IntakeBuilder::default() }
    }

    /// How many files were checked.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Checks the next file (its index is the number of files checked before it).
    pub fn push(&mut self, f: Returned<'_>, c: &Catalogue) {
        self.push_opened(f, None, c);
    }

    /// As [`IntakeBuilder::push`], with what became of the file if it is sealed (`None`: not
    /// opened).
    pub fn push_opened(&mut self, f: Returned<'_>, opened: Option<&Opening>, c: &Catalogue) {
        let IntakeBuilder { rows, assessments, by_content, by_key } = self;
        let i = rows.len();
        let file = FileIndex(i);
        let mut row = IntakeRow { file, name: f.name.to_string(), kind: None, findings: Vec::new() };
        let mut bytes = f.bytes;
        if std::str::from_utf8(f.bytes).is_ok_and(crate::campaign::sealed::is_sealed) {
            let blocked = match opened {
                Some(Opening::Opened(_)) => None,
                Some(Opening::WrongKey) => Some(Reason::WrongKey),
                Some(Opening::Tampered) => Some(Reason::Tampered),
                None => Some(Reason::Sealed),
            };
            if let Some(reason) = blocked {
                row.findings.push(Finding::new(reason));
                rows.push(row);
                assessments.push(None);
                return;
            }
            if let Some(Opening::Opened(plain)) = opened {
                bytes = plain;
            }
        }
        let imported = match read_file(bytes, f.name) {
            Ok(im) => im,
            Err(e) => {
                row.findings.push(read_error(e));
                rows.push(row);
                assessments.push(None);
                return;
            }
        };
        row.kind = Some(imported.kind);
        let mut a = imported.assessment;
        if a.catalogue.id != c.id {
            row.findings.push(Finding { detail: a.catalogue.id.clone(), ..Finding::new(Reason::OtherCatalogue) });
        } else if a.catalogue.version != c.version {
            // An earlier version this app can move answers from (a shipped mapping, the old
            // catalogue at hand): moved as the user's own app would; answers whose service is not
            // certain wait for review there, so they count nowhere here either.
            let (plan, _) = crate::edition::plan_for(&a, c);
            if plan.mapped && plan.old_known {
                let moved = crate::edition::apply(&a, &plan, &a.updated);
                let mut services: Vec<ServiceId> = moved.to_review.iter().map(|t| t.from.service.clone()).collect();
                services.dedup();
                row.findings.push(Finding {
                    detail: a.catalogue.version.clone(),
                    services,
                    ..Finding::new(Reason::MovedFromOlderVersion)
                });
                a = moved;
            } else {
                row.findings.push(Finding {
                    detail: a.catalogue.version.clone(),
                    ..Finding::new(Reason::OtherCatalogueVersion)
                });
            }
        }
        let blocked = |row: &IntakeRow| row.findings.iter().any(|f| f.reason.blocks());
        if !blocked(&row) && !c.services.iter().any(|s| a.services.get(&s.id).is_some_and(|r| !r.is_empty())) {
            row.findings.push(Finding::new(Reason::NoAnswers));
        }
        if !blocked(&row) {
            // The name a file got from its file name is not content.
            if imported_name_is_hint(&a, f.name) {
                a.name.clear();
            }
            let content = crate::save::encode(&a, false);
            if let Some(&first) = by_content.get(&content) {
                row.findings.push(Finding { other: Some(first), ..Finding::new(Reason::SameContent) });
            } else {
                by_content.insert(content, file);
            }
        }
        if !blocked(&row) {
            if let Some(key) = same_assessment_key(&a) {
                match by_key.get(&key).copied() {
                    Some(prev) => {
                        let prev_updated = assessments[prev.0].as_ref().map(|p| p.updated.clone()).unwrap_or_default();
                        if a.updated >= prev_updated {
                            // This one is newer (or as new, and later in the list): the earlier
                            // file steps back.
                            let prev_row: &mut IntakeRow = &mut rows[prev.0];
                            prev_row.findings.push(Finding { other: Some(file), ..Finding::new(Reason::OlderCopy) });
                            assessments[prev.0] = None;
                            by_key.insert(key, file);
                        } else {
                            row.findings.push(Finding { other: Some(prev), ..Finding::new(Reason::OlderCopy) });
                        }
                    }
                    None => {
                        by_key.insert(key, file);
                    }
                }
            }
        }
        if !blocked(&row) {
            row.findings.extend(flags(&a, c));
        }
        let keep = row.accepted();
        rows.push(row);
        assessments.push(keep.then_some(a));
    }

    /// The intake of every file pushed.
    pub fn finish(self) -> Intake {
        Intake { rows: self.rows, assessments: self.assessments }
    }
}

fn imported_name_is_hint(a: &Assessment, file_name: &str) -> bool {
    a.name == import::name_from_hint(file_name)
}
