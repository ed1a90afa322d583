//! The aggregate report (HTML): placeholder, written in the next step.

use super::picture::Picture;
use crate::report::ReportContext;

/// The aggregate report.
pub fn report(_p: &Picture, _ctx: &ReportContext<'_>) -> String {
    String::new()
}
