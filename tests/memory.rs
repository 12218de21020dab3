//! Peak memory on the hostile shapes of issue 13 (item 8), counted, not timed: the live heap
//! bytes at their highest while a shape is parsed and written as JSON through the library.
//! `scripts/memory.sh` measures the CLI's resident memory on the same shapes (which adds
//! the allocator's own overhead and the program's).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, keeping each thread's live bytes and their highest mark: the tests
/// of this file run on threads of their own, and parsing does not hand memory across.
struct Counting;

thread_local! {
    /// (live bytes, the highest they reached)
    static LIVE: Cell<(isize, isize)> = const { Cell::new((0, 0)) };
}

fn add(bytes: isize) {
    // `try_with`: the thread's own slot may already be gone while it exits.
    let _ = LIVE.try_with(|c| {
        let (live, peak) = c.get();
        let live = live + bytes;
        c.set((live, peak.max(live)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        add(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        add(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the copy it may be: both blocks live at once.
        add(new_size as isize);
        add(-(layout.size() as isize));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The highest live heap, in bytes, while `make` builds an input and it is parsed and
/// written as JSON, above what the thread held before.
fn peak_of(make: impl FnOnce() -> String) -> usize {
    let base = LIVE.with(|c| {
        let (live, _) = c.get();
        c.set((live, live));
        live
    });
    {
        let text = make();
        let doc = tigang::parse(&text);
        tigang::Format::Json
            .render(&doc, &mut std::io::sink())
            .unwrap();
    }
    let (_, peak) = LIVE.with(Cell::get);
    usize::try_from(peak - base).unwrap_or(0)
}

const MB: usize = 1_000_000;

// The target (10 × the input + 50 MB of resident memory) is not met yet on these two
// shapes: the CLI's resident memory is that of its binary (12 MB) and the heap's highest
// mark, and the heap reaches 68 MB for 1 M lines (against 70: under, but not with the
// binary) and 243 MB for 1 M sections (against 150). Until the target is met, each test
// holds the figure reached, with a tenth more room, so that what was saved is not lost
// unnoticed.

/// A million lines of `a` (2 MB): every one a top-level paragraph.
#[test]
fn a_million_short_lines() {
    let peak = peak_of(|| "a\n".repeat(1_000_000));
    assert!(peak < 75 * MB, "{} MB", peak / MB);
}

/// A million sibling sections `一、甲` (10 MB), each of which warns (a repeated number).
#[test]
fn a_million_sections() {
    let peak = peak_of(|| "一、甲\n".repeat(1_000_000));
    assert!(peak < 268 * MB, "{} MB", peak / MB);
}
