//! The allocator: mimalloc, told to give freed memory back to the system at once.

use std::ffi::{c_int, c_long};

/// mimalloc: the parser makes many small strings and vectors; glibc's allocator spent a
/// fifth of the run in malloc and free (see README, Speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's own option setter; the `mimalloc` crate wraps it only behind a feature that
// brings another dependency.
extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_t` (`mimalloc.h`), the version the
/// `mimalloc` crate builds by default.
const PURGE_DELAY: c_int = 15;

/// Purges freed pages at once instead of 10 ms later. The pipeline frees each stage's
/// vectors as the next one fills its own, and a vector that grows copies itself: with the
/// delay, the freed copies were still resident when the next peak came (1 M short lines:
/// 203 MB resident against 74 MB live; 137 MB without the delay). The cost is a system call
/// per freed span, a few hundred per run.
pub fn purge_freed_memory_at_once() {
    // SAFETY: a plain setter of an integer option, called before any thread is started.
    unsafe { mi_option_set(PURGE_DELAY, 0) }
}
