//! Work on many items on a rayon pool, the results handed back in input order as they come,
//! with no barrier between batches: each worker takes the next item as soon as it is free,
//! and the calling thread consumes (writes) while the workers go on.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex, PoisonError};

/// How far the workers may run ahead of the consumer, in items: bounds the results held
/// while an earlier, slower item is still being worked on.
const WINDOW: usize = 4096;

/// Items a worker takes at a time: one message, and one wake-up of the consumer, per block
/// rather than per item (a message per item spent more in the kernel than it saved).
const BLOCK: usize = 128;

/// Runs `work` on every item on the pool's threads and calls `consume` with each result, in
/// item order, on the calling thread. When `consume` returns `false` the work stops: items
/// not started are not worked on, and no result is consumed after that one.
pub fn for_each_ordered<T, R>(
    pool: &rayon::ThreadPool,
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(R) -> bool,
) where
    T: Sync,
    R: Send,
{
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results the consumer has taken, for the window.
    let consumed = Mutex::new(0usize);
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Vec<R>)>();
    pool.in_place_scope(|scope| {
        for _ in 0..pool.current_num_threads() {
            let tx = tx.clone();
            let (next, stop, consumed, moved, work) = (&next, &stop, &consumed, &moved, &work);
            scope.spawn(move |_| loop {
                let i = next.fetch_add(BLOCK, Ordering::Relaxed);
                if i >= items.len() || stop.load(Ordering::Relaxed) {
                    break;
                }
                {
                    let mut done = consumed.lock().unwrap_or_else(PoisonError::into_inner);
                    while i >= *done + WINDOW && !stop.load(Ordering::Relaxed) {
                        done = moved.wait(done).unwrap_or_else(PoisonError::into_inner);
                    }
                }
                let block = &items[i..items.len().min(i + BLOCK)];
                if tx.send((i, block.iter().map(work).collect())).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Blocks that came early, by their distance (in blocks) from the one awaited.
        let mut early: VecDeque<Option<Vec<R>>> = VecDeque::new();
        let mut want = 0;
        'receive: for (i, results) in rx.iter() {
            let at = (i - want) / BLOCK;
            if early.len() <= at {
                early.resize_with(at + 1, || None);
            }
            early[at] = Some(results);
            while let Some(Some(_)) = early.front() {
                let Some(Some(results)) = early.pop_front() else {
                    break;
                };
                want += BLOCK;
                for result in results {
                    if !consume(result) {
                        break 'receive;
                    }
                }
                *consumed.lock().unwrap_or_else(PoisonError::into_inner) = want;
                moved.notify_all();
            }
        }
        // Wake any worker still waiting on the window, so that it sees the end (set under
        // the lock, so that no worker can miss it between its check and its wait).
        {
            let _held = consumed.lock().unwrap_or_else(PoisonError::into_inner);
            stop.store(true, Ordering::Relaxed);
        }
        moved.notify_all();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(n: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_in_item_order() {
        let items: Vec<u64> = (0..20_000).collect();
        let mut got = Vec::new();
        // Uneven work, so that later items often finish first.
        for_each_ordered(
            &pool(3),
            &items,
            |&n| {
                if n % 97 == 0 {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
                n * 2
            },
            |r| {
                got.push(r);
                true
            },
        );
        assert_eq!(got, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn consuming_can_stop_the_work() {
        let items: Vec<u64> = (0..100_000).collect();
        let worked = AtomicUsize::new(0);
        let mut got = 0;
        for_each_ordered(
            &pool(2),
            &items,
            |&n| {
                worked.fetch_add(1, Ordering::Relaxed);
                n
            },
            |_| {
                got += 1;
                got < 10
            },
        );
        assert_eq!(got, 10);
        // The window keeps the workers from running far ahead.
        assert!(worked.load(Ordering::Relaxed) <= WINDOW + 3 * BLOCK);
    }

    #[test]
    fn no_items_no_calls() {
        let mut calls = 0;
        for_each_ordered(
            &pool(2),
            &[] as &[u8],
            |&b| b,
            |_| {
                calls += 1;
                true
            },
        );
        assert_eq!(calls, 0);
    }
}
