//! The list of assessments: open, create, rename, duplicate, delete with undo; open a file
//! (JSON data or HTML summary) as a new assessment or in place of the open one; compare two.
//! The view is the layout; one row of the list is in `row`, the import panel in `import`, the
//! deletions, backups and the new-assessment form in `kept`.

mod import;
mod kept;
mod row;

use std::rc::Rc;

use x1060_core::compare;
use x1060_core::import::MAX_IMPORT_BYTES;
use x1060_core::library::{Library, ListEntry};
use x1060_core::model::Assessment;
use x1060_core::report::compare_html;
use x1060_core::report::ReportContext;
use yew::prelude::*;

use super::compare_view::CompareView;
use super::filepick::FilePick;
use crate::context::{use_ctx, Ctx};
use crate::platform;
use import::ImportState;
use kept::{Backups, NewAssessment, Trash};
use row::{RowEdit, Rows};

#[derive(Properties, PartialEq)]
pub struct AssessmentsProps {
    pub library: Rc<Library>,
    /// Storage can be written (not memory only): replacing by a file is offered only then.
    pub can_write: bool,
}

/// The name to show: the user's, or "Untitled".
fn display_name<'a>(ctx: &Ctx, name: &'a str) -> std::borrow::Cow<'a, str> {
    if name.trim().is_empty() {
        std::borrow::Cow::Borrowed(ctx.t().untitled)
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

#[function_component]
pub fn Assessments(props: &AssessmentsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let row_edit = use_state(|| RowEdit::None);
    let draft = use_state(String::new);
    let import_state = use_state(|| ImportState::Idle);
    let entries: Vec<ListEntry> = props.library.list(&ctx.catalogue);
    let heading = ctx.id("assessments-heading");
    let rows = Rows { ctx: &ctx, library: &props.library, edit: &row_edit, draft: &draft };
    let imported_assessment: Option<Rc<Assessment>> = match &*import_state {
        ImportState::Preview { imported, .. } => Some(Rc::new(imported.assessment.clone())),
        _ => None,
    };

    html! {
        <section class="x1060-assessments" aria-labelledby={heading.clone()} data-view="assessments">
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.assessments_heading }</h2>
            <p>{ t.assessments_help }</p>
            <ul class="x1060-assessment-list">
                { for entries.iter().map(|e| rows.row(e)) }
            </ul>
            <Trash library={props.library.clone()} />
            <Backups library={props.library.clone()} />
            if !props.library.is_read_only() {
                <NewAssessment />
            }
            <section class="x1060-card" data-import-panel="">
                <h3>{ t.import_heading }</h3>
                <p>{ t.import_help }</p>
                <FilePick name="import" label={t.import_pick} accept=".json,.html,.htm,application/json,text/html"
                    max_bytes={MAX_IMPORT_BYTES} on_file={import::on_file(&ctx, &import_state)} on_error={import::on_error(&ctx, &import_state)} />
                { import::view(&ctx, &props.library, props.can_write, &import_state) }
            </section>
            <CompareView library={props.library.clone()} imported={imported_assessment} />
        </section>
    }
}

/// The comparison report for download.
pub fn comparison_file(ctx: &Ctx, before: &Assessment, after: &Assessment) -> x1060_core::report::FileOut {
    let cmp = compare::compare(&ctx.catalogue, before, after);
    let generated = platform::local_datetime();
    let rc = ReportContext { catalogue: &ctx.catalogue, lang: ctx.lang, content: &ctx.content, generated: &generated };
    compare_html::comparison_file(&cmp, &rc, &platform::today())
}
