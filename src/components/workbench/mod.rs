//! The coordinator workbench (issue 15): returned files of many organisations become one
//! anonymised picture, in this browser only. Loaded on demand (`Part::Workbench`).
//!
//! The files live in this component's state and nowhere else: nothing here reads or writes the
//! user's own assessments or browser storage, and leaving the view forgets them. Every figure comes
//! from `x1060_core::cohort`; this module only keeps the coordinator's choices (files, files left
//! out, k, grouping) and shows what core computed.

mod changes_view;
mod exports;
mod intake_table;
mod key;
mod organiser;
mod pick;
mod picture_view;
mod progress_line;
mod settings;
mod unseal;
mod you_are_here;

use std::collections::BTreeSet;
use std::rc::Rc;

use x1060_core::cohort::intake::{FileIndex, Intake, IntakeBuilder, Opening, Returned};
use x1060_core::cohort::picture::{picture, picture_by_round, Picture};
use x1060_core::cohort::rounds::changes;
use x1060_core::cohort::{GroupBy, K};
use yew::prelude::*;

use super::filepick::Picked;
use crate::context::use_ctx;

/// The files received so far, with a generation number that changes when they change (cheap to
/// compare in memo dependencies). A reducer, so that two batches read at the same time both land.
#[derive(Default, PartialEq)]
struct Files {
    generation: u32,
    list: Rc<Vec<Picked>>,
}

/// What happens to the files.
enum FilesAction {
    /// A batch of files, appended after the ones already there (indexes of earlier rows are kept).
    Add(Vec<Picked>),
    /// Keep the first n files only (the coordinator stopped the checking).
    Keep(usize),
}

impl Reducible for Files {
    type Action = FilesAction;

    fn reduce(self: Rc<Self>, action: FilesAction) -> Rc<Self> {
        let list: Vec<Picked> = match action {
            FilesAction::Add(batch) if !batch.is_empty() => self.list.iter().cloned().chain(batch).collect(),
            FilesAction::Keep(n) if n < self.list.len() => self.list[..n].to_vec(),
            _ => return self,
        };
        Rc::new(Files { generation: self.generation.wrapping_add(1), list: Rc::new(list) })
    }
}

/// Files checked per step: the page gets a turn between steps.
const CHUNK: usize = 100;

/// One round's intake, checked in steps of [`CHUNK`] files with the browser getting a turn in
/// between, so that thousands of files keep the page responsive.
#[derive(Clone, PartialEq)]
struct Checked {
    intake: Rc<Intake>,
    /// Files checked so far and in all, while checking.
    progress: Option<(usize, usize)>,
    /// Files checked and in all, when the coordinator stopped the checking.
    stopped: Option<(usize, usize)>,
}

#[hook]
fn use_checked(
    files: &UseReducerHandle<Files>,
    catalogue: &Rc<x1060_core::catalogue::Catalogue>,
    openings: &Openings,
) -> (Checked, Callback<MouseEvent>) {
    let state = use_state(|| Checked { intake: Rc::new(Intake::default()), progress: None, stopped: None });
    // The generation being checked; a newer one (or a stop) makes the running check end.
    let job = use_mut_ref(|| (0u32, false));
    {
        let (state, job, list, catalogue, dispatcher) =
            (state.clone(), job.clone(), files.list.clone(), catalogue.clone(), files.dispatcher());
        // Openings of an older set of files are not used.
        let opened = if openings.generation == files.generation { openings.list.clone() } else { Rc::new(Vec::new()) };
        use_effect_with((files.generation, openings.key, opened.len()), move |(generation, _, _)| {
            let generation = *generation;
            *job.borrow_mut() = (generation, false);
            let stopped_before = state.stopped;
            wasm_bindgen_futures::spawn_local(async move {
                let total = list.len();
                let mut b = IntakeBuilder::with_capacity(total);
                for (i, p) in list.iter().enumerate() {
                    if i > 0 && i % CHUNK == 0 {
                        state.set(Checked { progress: Some((i, total)), ..(*state).clone() });
                        pick::yield_now().await;
                        let (current, stop) = *job.borrow();
                        if current != generation {
                            return;
                        }
                        if stop {
                            state.set(Checked { progress: None, stopped: Some((i, total)), ..(*state).clone() });
                            dispatcher.dispatch(FilesAction::Keep(i));
                            return;
                        }
                    }
                    let opening = opened.get(i).and_then(Option::as_ref);
                    b.push_opened(Returned { name: &p.name, bytes: &p.bytes }, opening, &catalogue);
                }
                if job.borrow().0 == generation {
                    state.set(Checked { intake: Rc::new(b.finish()), progress: None, stopped: stopped_before });
                }
            });
        });
    }
    let stop = Callback::from(move |_: MouseEvent| job.borrow_mut().1 = true);
    ((*state).clone(), stop)
}

/// What became of each sealed file of one round with the organiser's private key.
#[derive(Clone, PartialEq, Default)]
struct Openings {
    /// The files' generation and the key's number they were made for.
    generation: u32,
    key: u32,
    /// Indexed like the files: `None` for a file that is not sealed.
    list: Rc<Vec<Option<Opening>>>,
}

/// Opens the sealed files of one round with the key (WebCrypto, asynchronously), again whenever
/// the files or the key change.
#[hook]
fn use_openings(
    files: &UseReducerHandle<Files>,
    key: &UseStateHandle<(u32, Option<Rc<web_sys::CryptoKey>>)>,
) -> Openings {
    let opened = use_state(Openings::default);
    {
        let (list, opened) = (files.list.clone(), opened.clone());
        let key_now = key.1.clone();
        use_effect_with((files.generation, key.0), move |(generation, key_no)| {
            let (generation, key_no) = (*generation, *key_no);
            let Some(key) = key_now else {
                opened.set(Openings { generation, key: key_no, list: Rc::new(Vec::new()) });
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let mut out = Vec::with_capacity(list.len());
                for p in list.iter() {
                    let sealed = p.text().filter(|t| x1060_core::campaign::sealed::is_sealed(t));
                    out.push(match sealed {
                        Some(t) => Some(unseal::open(t, &key).await),
                        None => None,
                    });
                }
                opened.set(Openings { generation, key: key_no, list: Rc::new(out) });
            });
        });
    }
    (*opened).clone()
}

/// Toggles one file in a set of files left out.
fn toggler(left_out: &UseStateHandle<BTreeSet<FileIndex>>) -> Callback<FileIndex> {
    let left_out = left_out.clone();
    Callback::from(move |f: FileIndex| {
        let mut set = (*left_out).clone();
        if !set.remove(&f) {
            set.insert(f);
        }
        left_out.set(set);
    })
}

#[function_component]
pub fn Workbench() -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let m = w.more;
    let files = use_reducer(Files::default);
    let last_files = use_reducer(Files::default);
    let left_out = use_state(BTreeSet::<FileIndex>::new);
    let last_left_out = use_state(BTreeSet::<FileIndex>::new);
    let k = use_state(K::default);
    let group_by = use_state(GroupBy::default);
    let by_name = use_state(|| false);
    let catalogue = ctx.catalogue.clone();
    // The organiser's private key, in memory only, with a number that changes with it.
    let key = use_state(|| (0u32, None::<Rc<web_sys::CryptoKey>>));
    let this_openings = use_openings(&files, &key);
    let last_openings = use_openings(&last_files, &key);
    let on_key = {
        let key = key.clone();
        Callback::from(move |k: Option<Rc<web_sys::CryptoKey>>| key.set((key.0 + 1, k)))
    };

    let (this_state, on_stop) = use_checked(&files, &catalogue, &this_openings);
    let (last_state, on_last_stop) = use_checked(&last_files, &catalogue, &last_openings);
    let (checked, last_checked) = (this_state.intake.clone(), last_state.intake.clone());
    let last_counted = last_checked.counted_len(&last_left_out);
    // Grouping by round needs a last round: without one (never given, or every file left out),
    // the grouping shown and used is "all".
    let by = if *group_by == GroupBy::Round && last_counted == 0 { GroupBy::All } else { *group_by };
    let deps = (
        Rc::as_ptr(&checked) as usize,
        Rc::as_ptr(&last_checked) as usize,
        (*left_out).clone(),
        (*last_left_out).clone(),
        *k,
        by,
        *by_name,
    );
    let pic: Rc<Picture> = {
        let (checked, last_checked, catalogue) = (checked.clone(), last_checked.clone(), catalogue.clone());
        use_memo(deps.clone(), move |(_, _, out, last_out, k, by, by_name)| {
            let this = checked.counted(out);
            let last = last_checked.counted(last_out);
            let mut p = if *by == GroupBy::Round && !last.is_empty() {
                picture_by_round(&last, &this, &catalogue, *k)
            } else {
                picture(&this, &catalogue, *by, *k)
            };
            if !last.is_empty() {
                p.changes = Some(changes(&last, &this, &catalogue, *k, *by_name));
            }
            p
        })
    };
    // "You are here" uses the picture of all organisations of this round, whatever the grouping.
    let all_pic: Rc<Picture> = {
        let checked = checked.clone();
        use_memo((Rc::as_ptr(&checked) as usize, (*left_out).clone(), *k), move |(_, out, k)| {
            picture(&checked.counted(out), &catalogue, GroupBy::All, *k)
        })
    };

    let on_files = {
        let files = files.dispatcher();
        Callback::from(move |batch: Vec<Picked>| files.dispatch(FilesAction::Add(batch)))
    };
    let on_last_files = {
        let files = last_files.dispatcher();
        Callback::from(move |batch: Vec<Picked>| files.dispatch(FilesAction::Add(batch)))
    };
    let on_toggle = toggler(&left_out);
    let on_last_toggle = toggler(&last_left_out);
    let on_k = {
        let k = k.clone();
        Callback::from(move |v: K| k.set(v))
    };
    let on_group = {
        let group_by = group_by.clone();
        Callback::from(move |g: GroupBy| group_by.set(g))
    };
    let on_by_name = {
        let by_name = by_name.clone();
        Callback::from(move |v: bool| by_name.set(v))
    };
    let heading = ctx.id("workbench-heading");
    let counted = checked.counted_len(&left_out);
    html! {
        <section class="x1060-card x1060-workbench" aria-labelledby={heading.clone()} data-workbench="" data-view="workbench">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ w.wb_heading }</h2>
            <p>{ w.wb_intro }</p>
            <key::KeyPick loaded={key.1.is_some()} on_key={on_key} />
            <organiser::Organiser />
            <div class="x1060-wb-round" data-round="this">
                <pick::ManyPick on_files={on_files} label={AttrValue::Static(w.wb_pick)} which="workbench" />
                <progress_line::ProgressLine progress={this_state.progress} stopped={this_state.stopped} on_stop={on_stop} />
                if !checked.rows.is_empty() {
                    <intake_table::IntakeTable intake={checked.clone()} left_out={Rc::new((*left_out).clone())} on_toggle={on_toggle} />
                    <p role="status" data-wb-counted={counted.to_string()}>{ (w.wb_counted)(counted, checked.rows.len()) }</p>
                }
            </div>
            if !checked.rows.is_empty() {
                <details class="x1060-wb-round" data-round="last" open={!last_checked.rows.is_empty()}>
                    <summary>{ m.wb_last_round_heading }</summary>
                    <p class="x1060-hint">{ m.wb_last_round_intro }</p>
                    <pick::ManyPick on_files={on_last_files} label={AttrValue::Static(m.wb_pick_last)} which="workbench-last" />
                    <progress_line::ProgressLine progress={last_state.progress} stopped={last_state.stopped} on_stop={on_last_stop} />
                    if !last_checked.rows.is_empty() {
                        <intake_table::IntakeTable intake={last_checked.clone()} left_out={Rc::new((*last_left_out).clone())}
                            on_toggle={on_last_toggle} round="last" />
                        <p role="status" data-wb-last-counted={last_counted.to_string()}>{ (w.wb_counted)(last_counted, last_checked.rows.len()) }</p>
                    }
                </details>
                <settings::Settings k={*k} group_by={by} on_k={on_k} on_group={on_group} rounds={last_counted > 0} />
                <picture_view::PictureView picture={pic.clone()} />
                if let Some(ch) = pic.changes.clone() {
                    <changes_view::ChangesView changes={ch} on_by_name={on_by_name} />
                }
                <exports::Exports picture={pic} />
                <you_are_here::YouAreHere intake={checked.clone()} left_out={Rc::new((*left_out).clone())} picture={all_pic} />
            }
        </section>
    }
}
