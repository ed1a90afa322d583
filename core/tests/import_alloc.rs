//! Memory: whatever a file holds, importing it takes at most a small multiple of its size. A
//! counting allocator measures the peak above what was in use before each import. (One test in
//! this file, so no other test allocates at the same time.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use x1060_core::import;

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
    }
}

#[global_allocator]
static A: Counting = Counting;

/// Peak bytes allocated by `f` above what was in use when it started.
fn peak_of(f: impl FnOnce()) -> usize {
    let base = IN_USE.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    f();
    PEAK.load(Ordering::SeqCst) - base
}

#[test]
fn import_memory_is_bounded_by_the_input() {
    let n = 1 << 20; // 1 MiB inputs
    let head = r#"{"format":"x1060-assessment","schema":1,"catalogue":{"id":"c","version":"1"},"#;
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("deep brackets", "[".repeat(n).into_bytes()),
        ("many small values", format!("[{}0]", "0,".repeat(n / 2)).into_bytes()),
        ("many empty arrays", format!("[{}[]]", "[],".repeat(n / 3)).into_bytes()),
        ("many keys", {
            let mut s = String::from("{");
            for i in 0..n / 12 {
                s.push_str(&format!("\"k{i}\":0,"));
            }
            s.push_str("\"end\":0}");
            s.into_bytes()
        }),
        ("many services", {
            let mut s = String::from(head);
            s.push_str("\"services\":{");
            for i in 0..n / 24 {
                s.push_str(&format!("\"S-{i}\":{{\"current\":1}},"));
            }
            s.push_str("\"end\":{}}}");
            s.into_bytes()
        }),
        ("one long string", format!("{head}\"name\":\"{}\"}}", "x".repeat(4 * n)).into_bytes()),
        ("long escaped string", format!("{head}\"name\":\"{}\"}}", "\\u00e9".repeat(n / 6)).into_bytes()),
        (
            "html page of data elements",
            "<script type=\"application/json\" id=\"x1060-assessment\">".repeat(n / 56).into_bytes(),
        ),
        ("invalid utf-8", vec![0xC3; n]),
    ];
    // The largest file accepted, of the worst kind found above.
    cases.push((
        "largest accepted size",
        format!("[{}0]", "0,".repeat((import::MAX_IMPORT_BYTES - 3) / 2)).into_bytes(),
    ));
    for (what, input) in &cases {
        let peak = peak_of(|| {
            let _ = import::import(input, "x.json");
        });
        let bound = 40 * input.len() + (1 << 20);
        assert!(peak <= bound, "{what}: {} bytes in, peak {peak} bytes (bound {bound})", input.len());
        // Whatever the shape, never more than a fixed amount above the largest accepted file.
        assert!(peak <= 256 << 20, "{what}: peak {peak} bytes");
    }
}
