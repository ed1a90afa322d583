//! The coordinator workbench (issue 15): returned files of many organisations become one
//! anonymised picture, in this browser only. Loaded on demand (`Part::Workbench`).
//!
//! The files live in this component's state and nowhere else: nothing here reads or writes the
//! user's own assessments or browser storage, and leaving the view forgets them. Every figure comes
//! from `x1060_core::cohort`; this module only keeps the coordinator's choices (files, files left
//! out, k, grouping) and shows what core computed.

mod exports;
mod intake_table;
mod key;
mod organiser;
mod pick;
mod picture_view;
mod settings;
mod unseal;

use std::collections::BTreeSet;
use std::rc::Rc;

use x1060_core::cohort::intake::{intake_opened, FileIndex, Intake, Opening, Returned};
use x1060_core::cohort::picture::{picture, Picture};
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

impl Reducible for Files {
    /// A batch of files, appended after the ones already there (indexes of earlier rows are kept).
    type Action = Vec<Picked>;

    fn reduce(self: Rc<Self>, batch: Vec<Picked>) -> Rc<Self> {
        if batch.is_empty() {
            return self;
        }
        let mut list: Vec<Picked> = (*self.list).clone();
        list.extend(batch);
        Rc::new(Files { generation: self.generation.wrapping_add(1), list: Rc::new(list) })
    }
}

#[function_component]
pub fn Workbench() -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let files = use_reducer(Files::default);
    let left_out = use_state(BTreeSet::<FileIndex>::new);
    let k = use_state(K::default);
    let group_by = use_state(GroupBy::default);
    let catalogue = ctx.catalogue.clone();
    // The organiser's private key, in memory only, with a number that changes with it.
    let key = use_state(|| (0u32, None::<Rc<web_sys::CryptoKey>>));
    // What became of each sealed file with that key: (files' generation, key's number, openings).
    let opened = use_state(|| (0u32, 0u32, Rc::new(Vec::<Option<Opening>>::new())));
    {
        let (list, opened) = (files.list.clone(), opened.clone());
        use_effect_with((files.generation, key.0), {
            let key = key.1.clone();
            move |(generation, key_no)| {
                let (generation, key_no) = (*generation, *key_no);
                let Some(key) = key else {
                    opened.set((generation, key_no, Rc::new(Vec::new())));
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
                    opened.set((generation, key_no, Rc::new(out)));
                });
            }
        });
    }

    let checked: Rc<Intake> = {
        let list = files.list.clone();
        let catalogue = catalogue.clone();
        // Openings of an older set of files or another key are not used.
        let openings =
            if opened.0 == files.generation && opened.1 == key.0 { opened.2.clone() } else { Rc::new(Vec::new()) };
        use_memo((files.generation, opened.0, opened.1, openings.len()), move |_| {
            let returned: Vec<Returned<'_>> =
                list.iter().map(|p| Returned { name: &p.name, bytes: &p.bytes }).collect();
            intake_opened(&returned, &openings, &catalogue)
        })
    };
    let on_key = {
        let key = key.clone();
        Callback::from(move |k: Option<Rc<web_sys::CryptoKey>>| key.set((key.0 + 1, k)))
    };
    let pic: Rc<Picture> = {
        let checked = checked.clone();
        use_memo((files.generation, (*left_out).clone(), *k, *group_by), move |(_, out, k, by)| {
            picture(&checked.counted(out), &catalogue, *by, *k)
        })
    };

    let on_files = {
        let files = files.dispatcher();
        Callback::from(move |batch: Vec<Picked>| files.dispatch(batch))
    };
    let on_toggle = {
        let left_out = left_out.clone();
        Callback::from(move |f: FileIndex| {
            let mut set = (*left_out).clone();
            if !set.remove(&f) {
                set.insert(f);
            }
            left_out.set(set);
        })
    };
    let on_k = {
        let k = k.clone();
        Callback::from(move |v: K| k.set(v))
    };
    let on_group = {
        let group_by = group_by.clone();
        Callback::from(move |g: GroupBy| group_by.set(g))
    };
    let heading = ctx.id("workbench-heading");
    let counted = checked.counted_len(&left_out);
    html! {
        <section class="x1060-card x1060-workbench" aria-labelledby={heading.clone()} data-workbench="" data-view="workbench">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ w.wb_heading }</h2>
            <p>{ w.wb_intro }</p>
            <pick::ManyPick on_files={on_files} />
            <key::KeyPick loaded={key.1.is_some()} on_key={on_key} />
            <organiser::Organiser />
            if !checked.rows.is_empty() {
                <intake_table::IntakeTable intake={checked.clone()} left_out={Rc::new((*left_out).clone())} on_toggle={on_toggle} />
                <p role="status" data-wb-counted={counted.to_string()}>{ (w.wb_counted)(counted, checked.rows.len()) }</p>
                <settings::Settings k={*k} group_by={*group_by} on_k={on_k} on_group={on_group} />
                <picture_view::PictureView picture={pic.clone()} />
                <exports::Exports picture={pic} />
            }
        </section>
    }
}
